import { useQuery } from '@tanstack/react-query';
import { getProfile } from '../../api/profile';
import type { ProfileAnswer } from './profileTypes';

/** The key `user.getProfile` is cached under (the `[procedure, input]` form of `rpcQuery`). */
export const profileKey = (username: string) => ['user.getProfile', { username }] as const;

export function useProfile(username: string) {
  return useQuery({
    queryKey: profileKey(username),
    // A profile hidden from the viewer comes back as its public card with `restricted: true`.
    queryFn: async () => (await getProfile({ username })) as ProfileAnswer,
  });
}

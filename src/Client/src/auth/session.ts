import { useQuery, useQueryClient } from '@tanstack/react-query';
import { isRpcError, rpc } from '../api/rpc';
import type { SessionUser } from '../api/types';

export const SESSION_KEY = ['auth.getSession'] as const;

/** The signed-in user, `null` when signed out, `undefined` while the first answer is pending. */
export function useSession(): { user: SessionUser | null | undefined; isLoading: boolean } {
  const query = useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => {
      try {
        return (await rpc('auth.getSession')).user;
      } catch (e) {
        if (isRpcError(e) && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 5 * 60_000,
  });
  return { user: query.data, isLoading: query.isPending };
}

export function useSetSessionUser() {
  const client = useQueryClient();
  return (user: SessionUser | null) => client.setQueryData(SESSION_KEY, user);
}

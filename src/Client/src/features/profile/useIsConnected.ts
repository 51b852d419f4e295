import { useQuery } from '@tanstack/react-query';
import { rpc } from '../../api/rpc';

const PAGE = 100;
const MAX_PAGES = 10;

export const connectedKey = (username: string) => ['vrss.isConnected', username] as const;

/**
 * Whether the signed-in viewer is connected with `username`. The profile does not say so, so the viewer's own
 * connections are paged (at most 1,000 looked at): enough for the profile's "Remove connection" button.
 */
export function useIsConnected(username: string, enabled: boolean) {
  return useQuery({
    queryKey: connectedKey(username),
    enabled,
    staleTime: 60_000,
    queryFn: async ({ signal }) => {
      let cursor: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const answer: { items: { username: string }[]; nextCursor: string | null } = await rpc('social.getConnections', { limit: PAGE, cursor }, { signal });
        if (answer.items.some((u) => u.username === username)) return true;
        cursor = answer.nextCursor;
        if (!cursor) return false;
      }
      return false;
    },
  });
}

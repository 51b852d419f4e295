import { useQuery } from '@tanstack/react-query';
import { rpc } from '../api/rpc';

/** The unread count: fetched once, then kept fresh by the live stream (see live/applyEvent.ts). */
export const UNREAD_KEY = ['notification.unreadCount'] as const;

export function useUnreadCount(enabled: boolean): number {
  const query = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: async () => (await rpc('notification.getNotifications', { limit: 1 })).unreadCount,
    enabled,
    staleTime: 60_000,
  });
  return enabled ? (query.data ?? 0) : 0;
}

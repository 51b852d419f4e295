import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { rpcInfinite } from '../api/queries';
import { rpc, type Output } from '../api/rpc';
import type { Notification } from '../api/types';
import { Avatar } from '../components/Avatar';
import { ErrorMessage } from '../components/ErrorMessage';
import { InfiniteList } from '../components/InfiniteList';
import { RelativeTime } from '../components/RelativeTime';
import { UNREAD_KEY } from '../notifications/unread';
import { describeNotification } from '../features/notifications/describe';
import '../features/social/social.css';
import '../features/notifications/notifications.css';
import { useTitle } from '../layout/useTitle';

type Pages = InfiniteData<Output<'notification.getNotifications'>, string | null>;

function NotificationItem({ n, onRead, busy }: { n: Notification; onRead: (id: string) => void; busy: boolean }) {
  const { text, to } = describeNotification(n);
  const fromStaff = n.type === 'content_removed';
  const name = fromStaff ? 'Moderators' : n.actor.displayName || n.actor.username;
  return (
    <li className={n.read ? 'notification' : 'notification unread'}>
      <Avatar url={fromStaff ? null : n.actor.avatarUrl} name={name} size={36} />
      <div className="notification-body">
        <Link to={to} onClick={() => (n.read ? undefined : onRead(n.id))}>
          <strong>{name}</strong> {text}
        </Link>
        {n.reason ? <p className="notification-reason">Reason: {n.reason}</p> : null}
        <div className="post-meta">
          <RelativeTime iso={n.createdAt} />
          {n.read ? null : <span className="unread-dot"> · Unread</span>}
        </div>
      </div>
      {n.read ? null : (
        <button type="button" className="link-button" disabled={busy} onClick={() => onRead(n.id)} aria-label={`Mark as read: ${name} ${text}`}>
          Mark read
        </button>
      )}
    </li>
  );
}

/** /notifications: the list, newest first, with "Mark read" per item and "Mark all as read"; keeps the nav's unread count. */
export default function NotificationsPage() {
  useTitle('Notifications');
  const client = useQueryClient();
  const query = useInfiniteQuery(rpcInfinite('notification.getNotifications', { limit: 20 }));
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = query.data?.pages[0]?.unreadCount;

  // The first page's count is the freshest the server gave: the navigation shows the same number.
  useEffect(() => {
    if (unread !== undefined) client.setQueryData(UNREAD_KEY, unread);
  }, [client, unread]);

  const markRead = useMutation({
    mutationFn: (input: { ids: string[] } | { all: true }) => rpc('notification.markRead', input),
    onSuccess: (data, input) => {
      const ids = 'ids' in input ? new Set(input.ids) : null;
      client.setQueryData(UNREAD_KEY, data.unreadCount);
      client.setQueriesData<Pages>({ queryKey: ['notification.getNotifications'] }, (old) =>
        old?.pages
          ? {
              ...old,
              pages: old.pages.map((p) => ({
                ...p,
                unreadCount: data.unreadCount,
                items: p.items.map((i) => (ids === null || ids.has(i.id) ? { ...i, read: true } : i)),
              })),
            }
          : old,
      );
    },
  });

  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">Notifications</h1>
        <button type="button" className="secondary" disabled={!unread || markRead.isPending} onClick={() => markRead.mutate({ all: true })}>
          Mark all as read
        </button>
      </div>
      <p className="muted" role="status">
        {unread === undefined ? '' : unread === 0 ? 'All caught up.' : `${unread} unread`}
      </p>
      <ErrorMessage error={markRead.error ?? (items.length === 0 ? query.error : null)} />
      <InfiniteList label="Notifications" hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onMore={() => void query.fetchNextPage()}>
        <ul className="notification-list">
          {items.map((n) => (
            <NotificationItem key={n.id} n={n} busy={markRead.isPending} onRead={(id) => markRead.mutate({ ids: [id] })} />
          ))}
        </ul>
        {query.isPending ? <p role="status">Loading…</p> : null}
        {query.isSuccess && items.length === 0 ? <p className="empty">No notifications yet.</p> : null}
      </InfiniteList>
    </section>
  );
}

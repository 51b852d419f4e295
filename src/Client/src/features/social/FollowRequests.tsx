import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { rpc } from '../../api/rpc';
import { rpcInfinite } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RelativeTime } from '../../components/RelativeTime';
import { UserRow } from './UserRow';

/** Pending follow requests to a locked account, with Approve / Decline (social.respondFollowRequest). */
export function FollowRequests({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const client = useQueryClient();
  const query = useInfiniteQuery(rpcInfinite('social.getFollowRequests', { limit: 20 }));
  const respond = useMutation({
    mutationFn: (v: { username: string; accept: boolean }) => rpc('social.respondFollowRequest', v),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['social.getFollowRequests'] });
      void client.invalidateQueries({ queryKey: ['user.getProfile'] });
      void client.invalidateQueries({ queryKey: ['social.getFollowers'] });
    },
  });
  const requests = query.data?.pages.flatMap((p) => p.items) ?? [];
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="follow-requests-title" className="panel">
      <Heading id="follow-requests-title">Follow requests</Heading>
      <ErrorMessage error={query.error ?? respond.error} />
      {query.isPending ? <p role="status">Loading…</p> : null}
      {query.isSuccess && requests.length === 0 ? <p className="empty">No pending follow requests.</p> : null}
      <ul className="user-list">
        {requests.map((r) => (
          <UserRow key={r.from.id} user={r.from} note={<RelativeTime iso={r.createdAt} />}>
            <button
              type="button"
              disabled={respond.isPending}
              aria-label={`Approve follow request from ${r.from.username}`}
              onClick={() => respond.mutate({ username: r.from.username, accept: true })}
            >
              Approve
            </button>
            <button
              type="button"
              className="secondary"
              disabled={respond.isPending}
              aria-label={`Decline follow request from ${r.from.username}`}
              onClick={() => respond.mutate({ username: r.from.username, accept: false })}
            >
              Decline
            </button>
          </UserRow>
        ))}
      </ul>
      {query.hasNextPage ? (
        <button type="button" className="secondary" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          More requests
        </button>
      ) : null}
    </section>
  );
}

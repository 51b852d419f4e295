import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { rpcInfinite } from '../api/queries';
import { rpc } from '../api/rpc';
import { ErrorMessage } from '../components/ErrorMessage';
import { InfiniteList } from '../components/InfiniteList';
import { RelativeTime } from '../components/RelativeTime';
import { RemoveConnectionButton } from '../features/profile/RemoveConnectionButton';
import { FollowRequests } from '../features/social/FollowRequests';
import { UserRow } from '../features/social/UserRow';
import '../features/social/social.css';
import { useTitle } from '../layout/useTitle';

function IncomingRequests() {
  const client = useQueryClient();
  const query = useInfiniteQuery(rpcInfinite('social.getConnectionRequests', { limit: 20 }));
  const respond = useMutation({
    mutationFn: (v: { requestId: string; accept: boolean }) => rpc('social.respondConnection', v),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['social.getConnectionRequests'] });
      void client.invalidateQueries({ queryKey: ['social.getConnections'] });
    },
  });
  const requests = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="incoming-title" className="panel">
      <h2 id="incoming-title">Connection requests</h2>
      <ErrorMessage error={query.error ?? respond.error} />
      {query.isPending ? <p role="status">Loading…</p> : null}
      {query.isSuccess && requests.length === 0 ? <p className="empty">No pending connection requests.</p> : null}
      <ul className="user-list">
        {requests.map((r) => (
          <UserRow
            key={r.id}
            user={r.from}
            note={
              <>
                {r.message ? <span className="request-message">“{r.message}” · </span> : null}
                <RelativeTime iso={r.createdAt} />
              </>
            }
          >
            <button type="button" disabled={respond.isPending} aria-label={`Accept connection request from ${r.from.username}`} onClick={() => respond.mutate({ requestId: r.id, accept: true })}>
              Accept
            </button>
            <button
              type="button"
              className="secondary"
              disabled={respond.isPending}
              aria-label={`Decline connection request from ${r.from.username}`}
              onClick={() => respond.mutate({ requestId: r.id, accept: false })}
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

function OutgoingRequests() {
  const client = useQueryClient();
  const query = useInfiniteQuery(rpcInfinite('social.getOutgoingConnectionRequests', { limit: 20 }));
  const cancel = useMutation({
    mutationFn: (requestId: string) => rpc('social.cancelConnectionRequest', { requestId }),
    onSettled: () => void client.invalidateQueries({ queryKey: ['social.getOutgoingConnectionRequests'] }),
  });
  const requests = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="outgoing-title" className="panel">
      <h2 id="outgoing-title">Requests you sent</h2>
      <ErrorMessage error={query.error ?? cancel.error} />
      {query.isPending ? <p role="status">Loading…</p> : null}
      {query.isSuccess && requests.length === 0 ? <p className="empty">No requests waiting for an answer.</p> : null}
      <ul className="user-list">
        {requests.map((r) => (
          <UserRow
            key={r.id}
            user={r.to}
            note={
              <>
                {r.message ? <span className="request-message">“{r.message}” · </span> : null}
                Sent <RelativeTime iso={r.createdAt} />
              </>
            }
          >
            <button
              type="button"
              className="secondary"
              disabled={cancel.isPending}
              aria-label={`Cancel connection request to ${r.to.username}`}
              onClick={() => cancel.mutate(r.id)}
            >
              Cancel
            </button>
          </UserRow>
        ))}
      </ul>
      {query.hasNextPage ? (
        <button type="button" className="secondary" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          More sent requests
        </button>
      ) : null}
    </section>
  );
}

function MyConnections() {
  const query = useInfiniteQuery(rpcInfinite('social.getConnections', { limit: 20 }));
  const people = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="connections-title" className="panel">
      <h2 id="connections-title">Your connections</h2>
      {query.isError && people.length === 0 ? <ErrorMessage error={query.error} /> : null}
      <InfiniteList label="Your connections" hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onMore={() => void query.fetchNextPage()}>
        <ul className="user-list">
          {people.map((p) => (
            <UserRow key={p.id} user={p}>
              <RemoveConnectionButton username={p.username} named />
            </UserRow>
          ))}
        </ul>
        {query.isPending ? <p role="status">Loading…</p> : null}
        {query.isSuccess && people.length === 0 ? <p className="empty">No connections yet. Visit a profile and press “Connect”.</p> : null}
      </InfiniteList>
    </section>
  );
}

/** /connections: incoming connection and follow requests to answer, the requests one sent, and the people one is connected with. */
export default function ConnectionsPage() {
  useTitle('Connections');
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Connections</h1>
      <IncomingRequests />
      <FollowRequests />
      <OutgoingRequests />
      <MyConnections />
    </section>
  );
}

import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { rpc } from '../../api/rpc';
import { rpcInfinite } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { refreshAfterBlockOrMute } from '../profile/refreshAfterBlock';
import { UserRow } from '../social/UserRow';

type Kind = 'blocked' | 'muted';

const TEXT = {
  blocked: { title: 'Blocked', empty: 'You block nobody.', action: 'Unblock', more: 'More blocked accounts' },
  muted: { title: 'Muted', empty: 'You mute nobody.', action: 'Unmute', more: 'More muted accounts' },
} as const;

function UserList({ kind }: { kind: Kind }) {
  const client = useQueryClient();
  const procedure = kind === 'blocked' ? 'social.getBlocked' : 'social.getMuted';
  const query = useInfiniteQuery(rpcInfinite(procedure, { limit: 20 }));
  const lift = useMutation({
    mutationFn: async (username: string) => (kind === 'blocked' ? rpc('social.unblock', { username }) : rpc('social.unmute', { username })),
    onSuccess: () => refreshAfterBlockOrMute(client),
  });
  const users = query.data?.pages.flatMap((p) => p.items) ?? [];
  const text = TEXT[kind];
  return (
    <section aria-labelledby={`${kind}-title`} className="panel">
      <h2 id={`${kind}-title`}>{text.title}</h2>
      <ErrorMessage error={query.error ?? lift.error} />
      {query.isPending ? <p role="status">Loading…</p> : null}
      {query.isSuccess && users.length === 0 ? <p className="empty">{text.empty}</p> : null}
      <ul className="user-list">
        {users.map((u) => (
          <UserRow key={u.id} user={u}>
            <button
              type="button"
              className="secondary"
              disabled={lift.isPending}
              aria-label={`${text.action} ${u.username}`}
              onClick={() => lift.mutate(u.username)}
            >
              {text.action}
            </button>
          </UserRow>
        ))}
      </ul>
      {query.hasNextPage ? (
        <button type="button" className="secondary" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {text.more}
        </button>
      ) : null}
    </section>
  );
}

/** /settings/blocked: the accounts the member blocks and mutes (social.getBlocked / social.getMuted), each liftable. */
export function BlockedSettings() {
  return (
    <>
      <UserList kind="blocked" />
      <UserList kind="muted" />
    </>
  );
}

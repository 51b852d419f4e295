import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { rpcInfinite } from '../../api/queries';
import { rpc, type Output } from '../../api/rpc';
import { setSession } from '../../auth/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RelativeTime } from '../../components/RelativeTime';
import { forgetStream } from '../../live/LiveConnection';
import { deviceName } from './deviceName';

type SessionItem = Output<'auth.listSessions'>['items'][number];

/** Settings › Sessions: where the account is signed in (auth.listSessions), each with "Sign out" (auth.revokeSession). */
export function SessionsSettings() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const query = useInfiniteQuery(rpcInfinite('auth.listSessions', { limit: 20 }));
  const revoke = useMutation({
    mutationFn: (s: SessionItem) => rpc('auth.revokeSession', { sessionId: s.sessionId }),
    onSuccess: (_, s) => {
      if (s.current) {
        // Signing out this session is a sign-out: forget what this browser kept for the account.
        forgetStream();
        client.clear();
        setSession(client, null);
        navigate('/sign-in', { replace: true });
        return;
      }
      void client.invalidateQueries({ queryKey: ['auth.listSessions'] });
    },
  });
  const sessions = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="settings-sessions-title">
      <h2 id="settings-sessions-title">Sessions</h2>
      <p className="hint">Devices signed in to your account. Sign out any you do not recognise; a password change signs out all but this one.</p>
      <ErrorMessage error={revoke.error ?? (sessions.length === 0 ? query.error : null)} />
      {query.isPending ? <p role="status">Loading…</p> : null}
      <ul className="user-list" aria-label="Sessions">
        {sessions.map((s) => {
          const name = deviceName(s.userAgent);
          const id = `session-${s.sessionId}`;
          return (
            <li key={s.sessionId} className="user-row session-row">
              <div className="user-row-names" id={id}>
                <strong title={s.userAgent ?? undefined}>{name}</strong>
                {s.current ? <span className="pending-badge this-device">This device</span> : null}
                <div className="user-row-note">
                  {s.ip ? <>Network {s.ip} · </> : null}
                  Signed in <RelativeTime iso={s.createdAt} /> · Last active <RelativeTime iso={s.lastUsedAt} />
                </div>
              </div>
              <div className="user-row-actions">
                <button
                  type="button"
                  className="secondary"
                  disabled={revoke.isPending}
                  aria-label={`Sign out ${name}${s.current ? ' (this device)' : ''}`}
                  onClick={() => revoke.mutate(s)}
                >
                  Sign out
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {query.hasNextPage ? (
        <button type="button" className="secondary" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          More sessions
        </button>
      ) : null}
    </section>
  );
}

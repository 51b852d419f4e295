import { useQuery, type QueryClient } from '@tanstack/react-query';
import { isRpcError, rpc } from '../api/rpc';
import type { SessionUser } from '../api/types';

export const SESSION_KEY = ['auth.getSession'] as const;

/**
 * Set while this browser believes it holds a session. The session cookie is HttpOnly, so without this mark
 * every signed-out visit would ask `auth.getSession` and get a 401 (which browsers log as a console error).
 */
export const SESSION_HINT_KEY = 'vrss.session';

export function hasSessionHint(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    return true;
  }
}

function setSessionHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(SESSION_HINT_KEY, '1');
    else localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    /* private mode: we simply ask the server every time */
  }
}

async function fetchSession(): Promise<SessionUser | null> {
  if (!hasSessionHint()) return null;
  try {
    return (await rpc('auth.getSession')).user;
  } catch (e) {
    if (isRpcError(e) && e.status === 401) {
      setSessionHint(false);
      return null;
    }
    throw e;
  }
}

/** The signed-in user, `null` when signed out, `undefined` while the first answer is pending. */
export function useSession(): { user: SessionUser | null | undefined; isLoading: boolean } {
  // offlineFirst: a signed-out visitor (no mark) gets an answer at once, even offline.
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000, networkMode: 'offlineFirst' });
  return { user: query.data, isLoading: query.isPending };
}

/** Records a sign-in (the user) or a sign-out (null) in the cache and the hint. */
export function setSession(client: QueryClient, user: SessionUser | null): void {
  setSessionHint(user !== null);
  client.setQueryData(SESSION_KEY, user);
}

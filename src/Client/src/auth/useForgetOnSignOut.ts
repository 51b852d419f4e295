import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { SESSION_KEY } from './session';
import { forgetStream } from '../live/LiveConnection';

/**
 * When the session ends by any route (sign out in another tab, revoked elsewhere, expired), drop the previous
 * user's cached data so the next person on this browser does not see it.
 */
export function useForgetOnSignOut(userId: string | null | undefined): void {
  const client = useQueryClient();
  const previous = useRef(userId);
  useEffect(() => {
    const before = previous.current;
    previous.current = userId;
    if (before && before !== userId) {
      forgetStream();
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    }
  }, [client, userId]);
}

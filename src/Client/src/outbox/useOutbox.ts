import { useCallback, useEffect, useState } from 'react';
import type { Input } from '../api/rpc';
import { useSession } from '../auth/session';
import { discardOutboxItem, sendThroughOutbox, subscribeOutbox, type OutboxItem, type OutboxProcedure, type SendResult } from './outbox';

/**
 * The outbox for screens: `items` are the signed-in user's writes not yet accepted by the server (show them as
 * "Pending", or "Failed" with `error`), `send` queues a write and sends it when online.
 */
export function useOutbox() {
  const { user } = useSession();
  const userId = user?.id;
  const [all, setAll] = useState<OutboxItem[]>([]);
  useEffect(() => subscribeOutbox(setAll), []);
  const send = useCallback(
    <P extends OutboxProcedure>(procedure: P, input: Input<P>): Promise<SendResult<P>> => {
      if (!userId) return Promise.reject(new Error('Sign in first.'));
      return sendThroughOutbox(userId, procedure, input);
    },
    [userId],
  );
  const items = all.filter((i) => i.userId === userId);
  return { items, send, discard: discardOutboxItem };
}

/** Pending items of one procedure, optionally about one post (e.g. the comments queued on a post). */
export function usePendingOutbox<P extends OutboxProcedure>(procedure: P, postId?: string): OutboxItem<P>[] {
  const { items } = useOutbox();
  return items.filter(
    (i): i is OutboxItem<P> => i.procedure === procedure && (postId === undefined || (i.input as { postId?: string }).postId === postId),
  ) as OutboxItem<P>[];
}

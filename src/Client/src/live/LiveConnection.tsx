import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { openStream, type StreamEvent, type StreamHandle } from './sseClient';
import { applyEvent } from './applyEvent';
import { SESSION_KEY } from '../auth/session';
import { apiUrl } from '../api/rpc';

export const STREAM_URL = '/api/stream';
const idKey = (userId: string) => `vrss.lastEventId.${userId}`;

/** Forgets where the streams resumed from (on sign out). */
export function forgetStream(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('vrss.lastEventId.')) localStorage.removeItem(key);
  } catch {
    /* storage may be unavailable (private mode) */
  }
}

/**
 * One `GET /api/stream` per browser: the tab holding the Web Lock opens it and passes each event to the other
 * tabs over a BroadcastChannel; when that tab closes, the next one takes the lock and resumes from the last
 * event id. Without Web Locks every tab opens its own.
 */
export function LiveConnection({ userId }: { userId: string }) {
  const client = useQueryClient();
  useEffect(() => {
    const stop = new AbortController();
    const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(`vrss-live-${userId}`) : null;
    channel?.addEventListener('message', (m: MessageEvent<StreamEvent>) => applyEvent(client, m.data));
    let stream: StreamHandle | null = null;

    const lead = () =>
      new Promise<void>((release) => {
        if (stop.signal.aborted) return release();
        let stored: string | null = null;
        try {
          stored = localStorage.getItem(idKey(userId));
        } catch {
          /* no storage: start from now */
        }
        stream = openStream({
          url: apiUrl(STREAM_URL),
          lastEventId: stored,
          onEvent: (event) => {
            applyEvent(client, event);
            channel?.postMessage(event);
          },
          onLastEventId: (id) => {
            try {
              localStorage.setItem(idKey(userId), id);
            } catch {
              /* resuming after a reload is a nicety */
            }
          },
          onEnd: (reason) => {
            if (reason === 'unauthorized') void client.invalidateQueries({ queryKey: SESSION_KEY });
            // Keep the lock: another tab opening a stream now would only be closed the same way.
          },
        });
        stop.signal.addEventListener('abort', () => release(), { once: true });
      });

    if (typeof navigator !== 'undefined' && navigator.locks) {
      navigator.locks.request(`vrss-live-${userId}`, { signal: stop.signal }, lead).catch(() => undefined);
    } else {
      void lead();
    }
    return () => {
      stop.abort();
      (stream as StreamHandle | null)?.close();
      channel?.close();
    };
  }, [client, userId]);
  return null;
}

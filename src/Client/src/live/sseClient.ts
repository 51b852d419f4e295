/** One server-sent event as it arrived. */
export interface StreamEvent {
  id: string | null;
  event: string;
  data: string;
}

export interface StreamOptions {
  url: string;
  /** Where to resume: sent as the `Last-Event-ID` header on the first connection too. */
  lastEventId?: string | null;
  onEvent: (event: StreamEvent) => void;
  /** The id to resume from changed (persist it to resume after a reload). */
  onLastEventId?: (id: string) => void;
  onOpen?: () => void;
  /** The stream ended for good: `stream.closed` from the server (its reason) or 401 (`unauthorized`). */
  onEnd?: (reason: string) => void;
  /** Delay before reconnect attempt `n` (1, 2, ...). */
  backoff?: (attempt: number) => number;
}

export interface StreamHandle {
  close(): void;
  /** The id the next connection resumes from. */
  readonly lastEventId: string | null;
}

const defaultBackoff = (attempt: number) => Math.min(30_000, 1000 * 2 ** Math.min(attempt - 1, 5)) * (0.75 + Math.random() * 0.5);

/**
 * An `EventSource` over `fetch`: it can send `Last-Event-ID` on the first connection (after a reload or when
 * another tab hands over), and it stops for good on `stream.closed` instead of reconnecting. Parses the
 * text/event-stream format of the HTML standard.
 */
export function openStream(options: StreamOptions): StreamHandle {
  const backoff = options.backoff ?? defaultBackoff;
  let lastEventId = options.lastEventId ?? null;
  let closed = false;
  let controller: AbortController | null = null;
  let wake: (() => void) | null = null;
  let attempt = 0;
  let serverRetry: number | null = null;

  const onOnline = () => wake?.();
  if (typeof window !== 'undefined') window.addEventListener('online', onOnline);

  const finish = (reason: string) => {
    if (closed) return;
    closed = true;
    if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
    options.onEnd?.(reason);
  };

  const readEvents = async (body: ReadableStream<Uint8Array>): Promise<'ended' | 'closed'> => {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let data: string[] = [];
    let eventName = '';
    let pendingId: string | null = null;
    let idSeen = false;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'ended';
      buffer += decoder.decode(value, { stream: true });
      let match: RegExpExecArray | null;
      const lineBreak = /\r\n|\n|\r(?!$)/g;
      let start = 0;
      while ((match = lineBreak.exec(buffer)) !== null) {
        const line = buffer.slice(start, match.index);
        start = match.index + match[0].length;
        if (line === '') {
          // A blank line dispatches the event gathered so far.
          if (idSeen && pendingId !== null) {
            lastEventId = pendingId;
            options.onLastEventId?.(pendingId);
          }
          if (data.length > 0) {
            const event: StreamEvent = { id: idSeen ? pendingId : null, event: eventName || 'message', data: data.join('\n') };
            attempt = 0;
            options.onEvent(event);
            if (event.event === 'stream.closed') {
              let reason = 'closed';
              try {
                reason = (JSON.parse(event.data) as { reason?: string }).reason ?? reason;
              } catch {
                /* the reason is only informative */
              }
              await reader.cancel().catch(() => undefined);
              finish(reason);
              return 'closed';
            }
          }
          data = [];
          eventName = '';
          pendingId = null;
          idSeen = false;
          continue;
        }
        if (line.startsWith(':')) continue; // a comment: the heartbeat
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        let value = colon === -1 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        if (field === 'data') data.push(value);
        else if (field === 'event') eventName = value;
        else if (field === 'id' && !value.includes('\0')) {
          pendingId = value;
          idSeen = true;
        } else if (field === 'retry' && /^\d+$/.test(value)) serverRetry = Number(value);
      }
      buffer = buffer.slice(start);
    }
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });

  void (async () => {
    while (!closed) {
      if (typeof navigator !== 'undefined' && navigator.onLine === false) {
        // A request now would only fail (and be logged); the 'online' event wakes us.
        await sleep(60_000);
        continue;
      }
      controller = new AbortController();
      try {
        const headers: Record<string, string> = { Accept: 'text/event-stream' };
        if (lastEventId !== null) headers['Last-Event-ID'] = lastEventId;
        const response = await fetch(options.url, { headers, credentials: 'same-origin', cache: 'no-store', signal: controller.signal });
        if (response.status === 401) {
          finish('unauthorized');
          return;
        }
        if (response.ok && response.body) {
          options.onOpen?.();
          if ((await readEvents(response.body)) === 'closed') return;
        }
      } catch {
        // Network failure or close(): decided below.
      }
      if (closed) return;
      attempt += 1;
      await sleep(serverRetry ?? backoff(attempt));
    }
  })();

  return {
    close() {
      if (closed) return;
      closed = true;
      if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
      controller?.abort();
      wake?.();
    },
    get lastEventId() {
      return lastEventId;
    },
  };
}

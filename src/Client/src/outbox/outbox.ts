import { isNetworkError, isRpcError, newId, rpc, type Input, type Output } from '../api/rpc';
import { deleteOutboxItem, putOutboxItem, readOutbox, type OutboxItem, type OutboxProcedure } from './store';

type Listener = (items: OutboxItem[]) => void;
type SentListener = (item: OutboxItem, data: unknown) => void;

const listeners = new Set<Listener>();
const sentListeners = new Set<SentListener>();
const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('vrss-outbox') : null;
let flushing: Promise<void> | null = null;

async function publish(): Promise<void> {
  const items = await readOutbox();
  for (const l of listeners) l(items);
}

channel?.addEventListener('message', () => void publish());

function changed(): Promise<void> {
  channel?.postMessage('changed');
  return publish();
}

export function subscribeOutbox(listener: Listener): () => void {
  listeners.add(listener);
  void readOutbox().then(listener);
  return () => listeners.delete(listener);
}

/** Called after each item the server accepted, with its answer (to update cached queries). */
export function onOutboxSent(listener: SentListener): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

export type SendResult<P extends OutboxProcedure> = { status: 'sent'; data: Output<P> } | { status: 'queued'; item: OutboxItem<P> };

/**
 * True while a refusal means "try later" rather than "never": no answer, a rate limit, server trouble, or 409 / 1405
 * (the first send with this key is still running).
 */
function isTransient(e: unknown): boolean {
  return isNetworkError(e) || (isRpcError(e) && (e.status === 429 || e.status === 409 || e.status >= 500));
}

let retryBase = 2000;
const RETRY_MAX_MS = 60_000;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let retryDelay = retryBase;

/** Cancels a scheduled retry (at sign-out) and sets the first delay (tests shorten it). */
export function resetOutboxRetry(baseMs = 2000): void {
  if (retryTimer !== undefined) clearTimeout(retryTimer);
  retryTimer = undefined;
  retryBase = baseMs;
  retryDelay = baseMs;
}

/**
 * Tries the queue again later after a transient refusal while online (offline, the 'online' event does it).
 * The delay doubles up to a minute and starts over once a send gets through.
 */
function scheduleRetry(userId: string): void {
  if (retryTimer !== undefined || !navigator.onLine) return;
  const delay = retryDelay;
  retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    void flushOutbox(userId);
  }, delay);
}

function resetRetry(): void {
  retryDelay = retryBase;
}

/** The session is gone: the item waits for its user to sign in again rather than failing. */
const isSignedOut = (e: unknown) => isRpcError(e) && e.status === 401;

async function sendOne(item: OutboxItem): Promise<unknown> {
  const send = rpc as (p: OutboxProcedure, i: unknown, o: { idempotencyKey: string }) => Promise<unknown>;
  return send(item.procedure, item.input, { idempotencyKey: item.id });
}

/**
 * Queues a write and tries it at once when online. Resolves `sent` with the answer, or `queued` when it waits
 * for the network; rejects with the `RpcError` when the server refused it (the item is then dropped, so the
 * form that sent it shows the error).
 */
export async function sendThroughOutbox<P extends OutboxProcedure>(userId: string, procedure: P, input: Input<P>): Promise<SendResult<P>> {
  const item: OutboxItem<P> = { id: newId(), userId, procedure, input, createdAt: nextCreatedAt(), status: 'pending', attempts: 0 };
  await putOutboxItem(item as OutboxItem);
  await changed();
  if (!navigator.onLine) return { status: 'queued', item };
  try {
    const data = await withItemLock(item.id, () => sendOne(item));
    if (data === SKIPPED) return { status: 'queued', item };
    resetRetry();
    await deleteOutboxItem(item.id);
    await changed();
    for (const l of sentListeners) l(item as OutboxItem, data);
    return { status: 'sent', data: data as Output<P> };
  } catch (e) {
    if (isTransient(e)) {
      scheduleRetry(userId);
      return { status: 'queued', item };
    }
    await deleteOutboxItem(item.id);
    await changed();
    throw e;
  }
}

let lastCreatedAt = 0;

/** Strictly increasing, so items queued in the same millisecond still go out in the order they were made. */
function nextCreatedAt(): number {
  lastCreatedAt = Math.max(Date.now(), lastCreatedAt + 1);
  return lastCreatedAt;
}

const SKIPPED = Symbol('skipped');
const inFlight = new Set<string>();

/** One send of an item at a time in this tab (the idempotency key makes a racing send in another tab harmless). */
async function withItemLock<T>(id: string, run: () => Promise<T>): Promise<T | typeof SKIPPED> {
  if (inFlight.has(id)) return SKIPPED;
  inFlight.add(id);
  try {
    return await run();
  } finally {
    inFlight.delete(id);
  }
}

/** Sends every pending item of the user, oldest first; stops at the first one the network refuses. */
export function flushOutbox(userId: string): Promise<void> {
  // Offline every send would fail; the 'online' event flushes again.
  if (!navigator.onLine) return Promise.resolve();
  flushing ??= (async () => {
    try {
      const run = async () => {
        for (const item of await readOutbox()) {
          if (item.userId !== userId || item.status !== 'pending') continue;
          try {
            const data = await withItemLock(item.id, () => sendOne(item));
            if (data === SKIPPED) continue;
            resetRetry();
            await deleteOutboxItem(item.id);
            for (const l of sentListeners) l(item, data);
          } catch (e) {
            if (isSignedOut(e)) break;
            if (isTransient(e)) {
              await putOutboxItem({ ...item, attempts: item.attempts + 1 });
              scheduleRetry(userId);
              break;
            }
            await putOutboxItem({ ...item, status: 'failed', error: e instanceof Error ? e.message : String(e), attempts: item.attempts + 1 });
          }
          await changed();
        }
      };
      // Tabs take turns, so two tabs do not send the same item at once.
      if (typeof navigator !== 'undefined' && navigator.locks) await navigator.locks.request('vrss-outbox', run);
      else await run();
    } finally {
      flushing = null;
      await changed();
    }
  })();
  return flushing;
}

/** Drops an item (a failed one the person gave up on, or a pending one they cancelled). */
export async function discardOutboxItem(id: string): Promise<void> {
  await deleteOutboxItem(id);
  await changed();
}

export type { OutboxItem, OutboxProcedure };

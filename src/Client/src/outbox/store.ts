import { createStore, del, entries, set } from 'idb-keyval';
import type { Input, Procedure } from '../api/rpc';

/** Writes the outbox sends for a person: they are shown as "Pending" until the server has them. */
export type OutboxProcedure = Extract<Procedure, 'post.create' | 'post.comment' | 'post.react' | 'post.unreact'>;

export interface OutboxItem<P extends OutboxProcedure = OutboxProcedure> {
  /** Also the idempotency key: made once, when queued, so every retry is the same write to the server. */
  id: string;
  userId: string;
  procedure: P;
  input: Input<P>;
  createdAt: number;
  /** pending: waits for the network; failed: the server refused it (kept so the person sees why). */
  status: 'pending' | 'failed';
  error?: string;
  attempts: number;
}

let store: ReturnType<typeof createStore> | undefined;
const db = () => (store ??= createStore('vrss-outbox', 'items'));

export async function readOutbox(): Promise<OutboxItem[]> {
  const all = await entries<string, OutboxItem>(db());
  return all.map(([, item]) => item).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export const putOutboxItem = (item: OutboxItem) => set(item.id, item, db());
export const deleteOutboxItem = (id: string) => del(id, db());

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { HttpStub, type RecordedCall } from '../test/httpStub';
import { setOnline } from '../test/network';
import { setRpcEndpoint } from '../api/rpc';
import { createQueryClient } from '../queryClient';
import { flushOutbox, sendThroughOutbox, resetOutboxRetry, subscribeOutbox } from './outbox';
import { readOutbox, deleteOutboxItem } from './store';
import { OutboxRunner } from './OutboxRunner';

const stub = new HttpStub();

/** Like the server: the first call with a key does the work, a repeat answers the first answer. */
function idempotentServer(options: { dropFirstAnswer?: boolean } = {}) {
  const answers = new Map<string, unknown>();
  const created: RecordedCall[] = [];
  stub.rpc = (call) => {
    const key = call.context.idempotencyKey;
    if (key && answers.has(key)) return { data: answers.get(key) };
    created.push(call);
    const data = { post: { id: `p-${created.length}`, content: call.input.content } };
    if (key) answers.set(key, data);
    return options.dropFirstAnswer && created.length === 1 ? 'drop' : { data };
  };
  return created;
}

beforeAll(async () => {
  await stub.start();
});
afterAll(async () => {
  resetOutboxRetry();
  await stub.stop();
});
beforeEach(async () => {
  stub.calls.length = 0;
  setRpcEndpoint(`${stub.url}/api/rpc`);
  setOnline(true);
  resetOutboxRetry(60_000);
  for (const item of await readOutbox()) await deleteOutboxItem(item.id);
});
afterEach(() => setOnline(true));

describe('outbox', () => {
  it('sends at once when online, with the idempotency key made when queued, and leaves nothing behind', async () => {
    const created = idempotentServer();
    const result = await sendThroughOutbox('u1', 'post.create', { type: 'text_short', content: 'hi' });
    expect(result.status).toBe('sent');
    expect(created).toHaveLength(1);
    expect(created[0]!.context.idempotencyKey).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(await readOutbox()).toEqual([]);
  });

  it('queues when offline and sends each item once, oldest first, when flushed', async () => {
    const created = idempotentServer();
    setOnline(false);
    const a = await sendThroughOutbox('u1', 'post.create', { type: 'text_short', content: 'first' });
    const b = await sendThroughOutbox('u1', 'post.comment', { postId: 'p9', content: 'second' });
    expect(a.status).toBe('queued');
    expect(b.status).toBe('queued');
    expect(stub.calls).toHaveLength(0);
    const queued = await readOutbox();
    expect(queued.map((i) => i.status)).toEqual(['pending', 'pending']);

    setOnline(true);
    await flushOutbox('u1');
    expect(created.map((c) => c.input.content)).toEqual(['first', 'second']);
    expect(created.map((c) => c.context.idempotencyKey)).toEqual(queued.map((i) => i.id));
    expect(new Set(created.map((c) => c.context.idempotencyKey)).size).toBe(2);
    expect(await readOutbox()).toEqual([]);
  });

  it('retries with the same key after a lost answer, so the server does the write once', async () => {
    const created = idempotentServer({ dropFirstAnswer: true });
    const result = await sendThroughOutbox('u1', 'post.create', { type: 'text_short', content: 'once' });
    // The server stored it but the answer never arrived: still pending.
    expect(result.status).toBe('queued');
    expect(await readOutbox()).toHaveLength(1);

    await flushOutbox('u1');
    const sends = stub.callsOf('post.create');
    expect(sends).toHaveLength(2);
    expect(sends[1]!.context.idempotencyKey).toBe(sends[0]!.context.idempotencyKey);
    expect(created).toHaveLength(1);
    expect(await readOutbox()).toEqual([]);
  });

  it('keeps an item the server refuses as failed, with the reason, and goes on with the next', async () => {
    setOnline(false);
    await sendThroughOutbox('u1', 'post.comment', { postId: 'gone', content: 'to a deleted post' });
    await sendThroughOutbox('u1', 'post.comment', { postId: 'p1', content: 'fine' });
    stub.rpc = (call) => (call.input.postId === 'gone' ? { status: 404, error: { code: 1303, message: 'post not found' } } : { data: { comment: { id: 'c1' } } });
    setOnline(true);
    await flushOutbox('u1');
    const left = await readOutbox();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ status: 'failed', error: 'post not found' });
    expect(stub.callsOf('post.comment').map((c) => c.input.content)).toEqual(['to a deleted post', 'fine']);
  });

  it('rejects at once when the server refuses a write made online (the form shows the error)', async () => {
    stub.rpc = () => ({ status: 400, error: { code: 1201, message: 'content must be at most 500 characters', details: { field: 'content' } } });
    await expect(sendThroughOutbox('u1', 'post.create', { type: 'text_short', content: 'x'.repeat(501) })).rejects.toMatchObject({ code: 1201 });
    expect(await readOutbox()).toEqual([]);
  });

  it("sends only the signed-in user's items", async () => {
    idempotentServer();
    setOnline(false);
    await sendThroughOutbox('u1', 'post.create', { type: 'text_short', content: 'mine' });
    await sendThroughOutbox('u2', 'post.create', { type: 'text_short', content: 'theirs' });
    setOnline(true);
    await flushOutbox('u1');
    expect(stub.callsOf('post.create').map((c) => c.input.content)).toEqual(['mine']);
    expect((await readOutbox()).map((i) => i.userId)).toEqual(['u2']);
  });

  it('replays the queue when the connection comes back (OutboxRunner)', async () => {
    const created = idempotentServer();
    setOnline(false);
    await sendThroughOutbox('u1', 'post.react', { postId: 'p1', reaction: 'love' });
    const [queued] = await readOutbox();
    const seen: number[] = [];
    const unsubscribe = subscribeOutbox((items) => seen.push(items.length));
    render(
      <QueryClientProvider client={createQueryClient()}>
        <OutboxRunner userId="u1" />
      </QueryClientProvider>,
    );
    // Offline at mount: the runner's first flush fails to reach the server and keeps the item.
    setOnline(true);
    await waitFor(async () => expect(await readOutbox()).toEqual([]));
    expect(created).toHaveLength(1);
    expect(created[0]!.context.idempotencyKey).toBe(queued!.id);
    expect(seen.at(-1)).toBe(0);
    unsubscribe();
  });
});

describe('outbox retries', () => {
  it('tries again by itself after 409 / 1405 (the first send still running), with the same key', async () => {
    resetOutboxRetry(5);
    let first = true;
    stub.rpc = () => {
      if (first) {
        first = false;
        return { status: 409, error: { code: 1405, message: 'a call with this key is still running' } };
      }
      return { data: { post: { id: 'p1' } } };
    };
    const result = await sendThroughOutbox('u1', 'post.create', { type: 'text_short', content: 'patience' });
    expect(result.status).toBe('queued');
    await waitFor(async () => expect(await readOutbox()).toEqual([]));
    const sends = stub.callsOf('post.create');
    expect(sends).toHaveLength(2);
    expect(sends[1]!.context.idempotencyKey).toBe(sends[0]!.context.idempotencyKey);
  });

  it('keeps items pending, not failed, while the session is gone', async () => {
    setOnline(false);
    await sendThroughOutbox('u1', 'post.comment', { postId: 'p1', content: 'later' });
    stub.rpc = () => ({ status: 401, error: { code: 1000, message: 'unauthorized' } });
    setOnline(true);
    await flushOutbox('u1');
    expect((await readOutbox()).map((i) => i.status)).toEqual(['pending']);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import { QueryClientProvider, type InfiniteData } from '@tanstack/react-query';
import type { ServerResponse } from 'node:http';
import { HttpStub } from '../test/httpStub';
import { setRpcEndpoint } from '../api/rpc';
import { createQueryClient } from '../queryClient';
import { UNREAD_KEY } from '../notifications/unread';
import type { Page, Post } from '../api/types';
import { makePost } from '../test/fixtures';
import { LiveConnection } from './LiveConnection';

const stub = new HttpStub();
const seen: (string | undefined)[] = [];
let open: ServerResponse | null = null;
let connected: () => void = () => undefined;

beforeAll(async () => {
  await stub.start();
  stub.raw = (req, res) => {
    if (req.url !== '/api/stream') return false;
    seen.push(req.headers['last-event-id'] as string | undefined);
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    res.flushHeaders();
    open = res;
    connected();
    return true;
  };
});
afterAll(() => stub.stop());
beforeEach(() => {
  seen.length = 0;
  setRpcEndpoint(`${stub.url}/api/rpc`);
  localStorage.clear();
});

describe('LiveConnection', () => {
  it('resumes from the stored event id and keeps the unread count and home feed fresh', async () => {
    localStorage.setItem('vrss.lastEventId.u1', '41');
    const client = createQueryClient();
    const homeKey = ['feed.getHome', { limit: 20 }, 'pages'];
    const old = makePost();
    client.setQueryData<InfiniteData<Page<Post>, string | null>>(homeKey, { pages: [{ items: [old], nextCursor: null }], pageParams: [null] });
    client.setQueryData(UNREAD_KEY, 0);
    const ready = new Promise<void>((r) => (connected = r));
    const view = render(
      <QueryClientProvider client={client}>
        <LiveConnection userId="u1" />
      </QueryClientProvider>,
    );
    await ready;
    expect(seen).toEqual(['41']);
    const fresh = makePost({ content: 'live post' });
    const { author, ...rest } = fresh;
    open!.write(`id: 42\nevent: notification\ndata: ${JSON.stringify({ id: 'n', type: 'follow', actor: { id: 'u2', username: 'bob', displayName: 'Bob', avatarUrl: null }, postId: null, createdAt: fresh.createdAt, read: false })}\n\n`);
    open!.write(`id: 43\nevent: feed.update\ndata: ${JSON.stringify({ post: { ...rest, author: { id: author.id, username: author.username, displayName: author.displayName, avatarUrl: null }, type: 'textShort' } })}\n\n`);
    await waitFor(() => expect(client.getQueryData(UNREAD_KEY)).toBe(1));
    await waitFor(() => expect(client.getQueryData<InfiniteData<Page<Post>>>(homeKey)!.pages[0]!.items.map((p) => p.content)).toEqual(['live post', old.content]));
    expect(localStorage.getItem('vrss.lastEventId.u1')).toBe('43');
    view.unmount();
  });
});

import { describe, expect, it } from 'vitest';
import type { InfiniteData } from '@tanstack/react-query';
import { createQueryClient } from '../queryClient';
import { applyEvent } from './applyEvent';
import { UNREAD_KEY } from '../notifications/unread';
import type { Page, Post } from '../api/types';
import { makePost } from '../test/fixtures';

const homeKey = ['feed.getHome', { limit: 20 }, 'pages'];
const seedHome = (posts: Post[]) => {
  const client = createQueryClient();
  client.setQueryData<InfiniteData<Page<Post>, string | null>>(homeKey, { pages: [{ items: posts, nextCursor: null }], pageParams: [null] });
  return client;
};
const home = (client: ReturnType<typeof createQueryClient>) => client.getQueryData<InfiniteData<Page<Post>>>(homeKey)!.pages[0]!.items;

describe('applyEvent', () => {
  it('counts an unread notification', () => {
    const client = createQueryClient();
    client.setQueryData(UNREAD_KEY, 1);
    const n = { id: 'n1', type: 'follow', actor: { id: 'u2', username: 'bob', displayName: 'Bob', avatarUrl: null }, postId: null, createdAt: '2026-11-30T11:00:00.000Z', read: false };
    applyEvent(client, { id: '1', event: 'notification', data: JSON.stringify(n) });
    expect(client.getQueryData(UNREAD_KEY)).toBe(2);
  });

  it('puts a feed.update post on top of the home feed once, in the RPC shape', () => {
    const old = makePost();
    const client = seedHome([old]);
    const streamed = {
      post: {
        id: 'p-new',
        author: { id: 'u2', username: 'bob', displayName: 'Bob', avatarUrl: null },
        type: 'textShort',
        content: 'live!',
        media: [{ id: 'm1', url: '/media/x.png', kind: 'image', contentType: 'image/png' }],
        visibility: 'public',
        reactionCounts: {},
        commentCount: 0,
        createdAt: '2026-11-30T11:05:00.000Z',
        updatedAt: null,
      },
    };
    applyEvent(client, { id: '2', event: 'feed.update', data: JSON.stringify(streamed) });
    applyEvent(client, { id: '2', event: 'feed.update', data: JSON.stringify(streamed) });
    const items = home(client);
    expect(items.map((p) => p.id)).toEqual(['p-new', old.id]);
    expect(items[0]!.type).toBe('text_short');
    expect(items[0]!.media[0]).toEqual({ id: 'm1', url: '/media/x.png', type: 'image', contentType: 'image/png' });
  });

  it('removes a deleted post', () => {
    const a = makePost();
    const b = makePost();
    const client = seedHome([a, b]);
    applyEvent(client, { id: '3', event: 'post.delete', data: JSON.stringify({ postId: a.id }) });
    expect(home(client).map((p) => p.id)).toEqual([b.id]);
  });

  it('marks the home feed and notifications stale on reset', () => {
    const client = seedHome([makePost()]);
    client.setQueryData(UNREAD_KEY, 0);
    client.setQueryData(['notification.getNotifications', {}], { items: [], nextCursor: null, unreadCount: 0 });
    applyEvent(client, { id: '4', event: 'reset', data: '{"reason":"gap"}' });
    expect(client.getQueryState(homeKey)!.isInvalidated).toBe(true);
    expect(client.getQueryState(UNREAD_KEY)!.isInvalidated).toBe(true);
    expect(client.getQueryState(['notification.getNotifications', {}])!.isInvalidated).toBe(true);
  });
});

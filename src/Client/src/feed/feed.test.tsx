import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpStub } from '../test/httpStub';
import { renderWithApp } from '../test/render';
import { alice, makePost } from '../test/fixtures';
import { setRpcEndpoint } from '../api/rpc';
import { DiscoverPage } from './DiscoverPage';

const stub = new HttpStub();
const observers: { callback: IntersectionObserverCallback; target: Element | null }[] = [];

class ObserverStub {
  constructor(callback: IntersectionObserverCallback) {
    observers.push({ callback, target: null });
  }
  observe(target: Element) {
    observers.at(-1)!.target = target;
  }
  disconnect() {}
  unobserve() {}
  takeRecords() {
    return [];
  }
}

beforeAll(async () => {
  await stub.start();
});
afterAll(() => stub.stop());
beforeEach(() => {
  stub.calls.length = 0;
  observers.length = 0;
  setRpcEndpoint(`${stub.url}/api/rpc`);
  (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = ObserverStub;
});
afterEach(() => {
  delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
});

describe('feeds', () => {
  it('renders user text as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.pwned=1"><b>bold</b><script>window.pwned=2</script>';
    stub.rpc = () => ({
      data: { items: [makePost({ content: hostile, author: { id: 'u3', username: 'mallory', displayName: '<i>Mal</i>', avatarUrl: null, isFollowing: null } })], nextCursor: null },
    });
    renderWithApp(<DiscoverPage />, { user: alice });
    const article = await screen.findByRole('article');
    expect(within(article).getByText(hostile)).toBeTruthy();
    expect(within(article).getByText('<i>Mal</i>')).toBeTruthy();
    expect(within(article).getByText('@mallory')).toBeTruthy();
    expect(article.querySelector('b, i, script, img')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('shows each post as an article with its author, text and reactions count', async () => {
    stub.rpc = () => ({ data: { items: [makePost({ content: 'hello world', reactionCounts: { like: 2, love: 1 } })], nextCursor: null } });
    renderWithApp(<DiscoverPage />, { user: null });
    const article = await screen.findByRole('article');
    expect(within(article).getByText('hello world')).toBeTruthy();
    expect(within(article).getByText('@bob')).toBeTruthy();
    expect(within(article).getByText('3 reactions')).toBeTruthy();
  });

  it("names each post's audience: connections, followers, only me", async () => {
    stub.rpc = () => ({
      data: {
        items: [makePost({ content: 'to connections', visibility: 'connections' }), makePost({ content: 'to followers', visibility: 'followers' }), makePost({ content: 'to me', visibility: 'private' })],
        nextCursor: null,
      },
    });
    renderWithApp(<DiscoverPage />, { user: alice });
    const [connections, followers, mine] = await screen.findAllByRole('article');
    expect(connections!.textContent).toContain('Connections only');
    expect(followers!.textContent).toContain('Followers only');
    expect(mine!.textContent).toContain('Only me');
  });

  it('loads the next cursor page when the end of the list scrolls into view', async () => {
    const first = [makePost({ content: 'page one' })];
    const second = [makePost({ content: 'page two' })];
    stub.rpc = (call) => ({ data: call.input.cursor === 'c2' ? { items: second, nextCursor: null } : { items: first, nextCursor: 'c2' } });
    renderWithApp(<DiscoverPage />, { user: null });
    await screen.findByText('page one');
    await waitFor(() => expect(observers.some((o) => o.target)).toBe(true));
    const observer = observers.filter((o) => o.target).at(-1)!;
    observer.callback([{ isIntersecting: true, target: observer.target } as IntersectionObserverEntry], {} as IntersectionObserver);
    await screen.findByText('page two');
    expect(stub.callsOf('discovery.getDiscoverFeed').map((c) => c.input.cursor ?? null)).toEqual([null, 'c2']);
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RecordedCall } from '../test/httpStub';
import { serveRpc } from '../test/serveRpc';
import { renderWithApp } from '../test/render';
import { alice, makePost } from '../test/fixtures';
import SearchPage from './SearchPage';

const stub = serveRpc(api);
const card = (username: string) => ({ id: `u-${username}`, username, displayName: `${username} person`, avatarUrl: null, isFollowing: false });

function api(call: RecordedCall) {
  switch (call.procedure) {
    case 'discovery.searchUsers':
      return { data: { items: call.input.query === 'film' ? [card('filmmaker')] : [card(`${String(call.input.query)}_one`)] } };
    case 'discovery.searchPosts':
      return { data: { items: [makePost({ content: `a post about ${String(call.input.query)}` })], nextCursor: null } };
    default:
      return { data: {} };
  }
}

const open = (path: string) => renderWithApp(<SearchPage />, { user: alice, path, routePath: '/search' });


describe('search page', () => {
  it('shows people for the query string, then posts on the Posts tab', async () => {
    const { router } = open('/search?q=film');
    await screen.findByRole('heading', { name: 'Results for “film”' });
    const people = await screen.findByRole('tabpanel');
    await within(people).findByText('filmmaker person');
    expect(within(people).getByRole('button', { name: 'Follow filmmaker' })).toBeTruthy();
    expect(stub.callsOf('discovery.searchUsers')[0]!.input).toMatchObject({ query: 'film' });
    expect(screen.getByRole('tab', { name: 'People' }).getAttribute('aria-selected')).toBe('true');

    await userEvent.setup().click(screen.getByRole('tab', { name: 'Posts' }));
    expect(screen.getByRole('tab', { name: 'Posts' }).getAttribute('aria-selected')).toBe('true');
    const article = await screen.findByRole('article');
    expect(within(article).getByText('a post about film')).toBeTruthy();
    expect(stub.callsOf('discovery.searchPosts')[0]!.input).toMatchObject({ query: 'film', cursor: null });
    expect(router.state.location.search).toBe('?q=film&type=posts');
  });

  it('follows the query string when it changes', async () => {
    const { router } = open('/search?q=film&type=posts');
    await screen.findByText('a post about film');
    await act(() => router.navigate('/search?q=music&type=posts'));
    await screen.findByText('a post about music');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Results for “music”');
    expect(stub.callsOf('discovery.searchPosts').map((c) => c.input.query)).toEqual(['film', 'music']);
  });

  it('moves between tabs with the arrow keys', async () => {
    open('/search?q=film');
    const peopleTab = await screen.findByRole('tab', { name: 'People' });
    peopleTab.focus();
    await userEvent.setup().keyboard('{ArrowRight}');
    const postsTab = screen.getByRole('tab', { name: 'Posts' });
    await waitFor(() => expect(document.activeElement).toBe(postsTab));
    expect(postsTab.getAttribute('aria-selected')).toBe('true');
    expect(peopleTab.getAttribute('tabindex')).toBe('-1');
  });

  it('asks for a query when there is none, without calling the API', async () => {
    open('/search');
    await screen.findByRole('heading', { name: 'Search' });
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(stub.calls).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RecordedCall } from '../test/httpStub';
import { serveRpc } from '../test/serveRpc';
import { renderWithApp } from '../test/render';
import { alice } from '../test/fixtures';
import FollowListPage from './FollowListPage';

const stub = serveRpc(api);
const card = (username: string, isFollowing: boolean | null) => ({ id: `u-${username}`, username, displayName: username.toUpperCase(), avatarUrl: null, isFollowing });

function api(call: RecordedCall) {
  switch (call.procedure) {
    case 'social.getFollowers':
      return call.input.cursor === 'n2'
        ? { data: { items: [card('dave', false)], nextCursor: null } }
        : { data: { items: [card('carol', false), card('alice', null)], nextCursor: 'n2' } };
    case 'social.getFollowing':
      return { data: { items: [card('erin', true)], nextCursor: null } };
    case 'social.follow':
      return { data: { following: true, requested: false } };
    default:
      return { data: {} };
  }
}

const open = (path: string) =>
  renderWithApp(<FollowListPage />, { user: alice, path, routePath: path.endsWith('following') ? '/u/:username/following' : '/u/:username/followers' });


describe('followers and following lists', () => {
  it('lists followers page by page with a named Follow button for everyone but oneself', async () => {
    open('/u/bob/followers');
    await screen.findByRole('heading', { name: 'People following @bob' });
    await screen.findByText('CAROL');
    expect(screen.getByRole('button', { name: 'Follow carol' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Follow alice' })).toBeNull();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('DAVE');
    expect(stub.callsOf('social.getFollowers').map((c) => c.input)).toEqual([
      { username: 'bob', limit: 20, cursor: null },
      { username: 'bob', limit: 20, cursor: 'n2' },
    ]);
    await user.click(screen.getByRole('button', { name: 'Follow carol' }));
    await screen.findByRole('button', { name: 'Unfollow carol' });
    expect(stub.callsOf('social.follow')[0]!.input).toEqual({ username: 'carol' });
  });

  it('lists the people a user follows', async () => {
    open('/u/bob/following');
    await screen.findByRole('heading', { name: 'People @bob follows' });
    const row = (await screen.findByText('ERIN')).closest('li')!;
    expect(within(row).getByRole('button', { name: 'Unfollow erin' })).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'ERIN' }).getAttribute('href')).toBe('/u/erin');
  });

  it('explains a list hidden by the profile’s visibility', async () => {
    stub.rpc = () => ({ status: 403, error: { code: 1100, message: 'forbidden' } });
    open('/u/bob/followers');
    await screen.findByText(/profile is private, so this list is hidden/);
    await waitFor(() => expect(stub.callsOf('social.getFollowers')).toHaveLength(1));
  });
});

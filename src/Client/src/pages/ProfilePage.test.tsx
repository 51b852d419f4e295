import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RecordedCall } from '../test/httpStub';
import { serveRpc } from '../test/serveRpc';
import { renderWithApp } from '../test/render';
import { alice, makePost } from '../test/fixtures';
import type { Profile } from '../api/types';
import ProfilePage from './ProfilePage';

const stub = serveRpc(api);
let profile: Profile | Record<string, unknown>;
let follow: { following: boolean; requested: boolean };
let connected: boolean;

const bobProfile = (): Profile => ({
  id: 'u-bob',
  username: 'bob',
  displayName: 'Bob Builder',
  bio: 'Builds <b>things</b>',
  avatarUrl: '/media/u-bob/a.png',
  bannerUrl: '/media/u-bob/b.png',
  location: 'Lisbon',
  website: 'https://bob.example',
  links: [
    { platform: 'GitHub', url: 'https://github.com/bob' },
    { platform: 'Evil', url: 'javascript:alert(1)' },
  ],
  credits: [{ title: 'The Big Film', role: 'Gaffer', year: 2024, org: 'Studio' }],
  education: [{ institution: 'Film School', degree: 'BA', field: 'Lighting', startYear: 2015, endYear: 2018 }],
  followersCount: 12,
  followingCount: 3,
  postsCount: 1,
  isFollowing: false,
  createdAt: '2025-01-15T10:00:00.000Z',
});

function api(call: RecordedCall) {
  switch (call.procedure) {
    case 'user.getProfile':
      return { data: { profile } };
    case 'post.getByUser':
      return { data: { items: [makePost({ content: 'bob says hi' })], nextCursor: null } };
    case 'social.follow':
      return { data: follow };
    case 'social.unfollow':
      return { data: { following: false, requested: false } };
    case 'social.block':
      return { data: { blocked: true } };
    case 'social.unblock':
      return { data: { blocked: false } };
    case 'social.mute':
      return { data: { muted: true } };
    case 'social.unmute':
      return { data: { muted: false } };
    case 'social.getConnections':
      return { data: { items: connected ? [{ id: 'u-bob', username: 'bob', displayName: 'Bob Builder', avatarUrl: null, isFollowing: null }] : [], nextCursor: null } };
    case 'social.removeConnection':
      connected = false;
      return { data: {} };
    case 'moderation.report':
      return { data: { reportId: 'rep-1' } };
    case 'social.requestConnection':
      return { data: { request: { id: 'r1', status: 'pending' } } };
    default:
      return { data: {} };
  }
}

const open = (user: typeof alice | null = alice) => renderWithApp(<ProfilePage />, { user, path: '/u/bob', routePath: '/u/:username' });

beforeEach(() => {
  profile = bobProfile();
  follow = { following: true, requested: false };
  connected = false;
});

describe('profile page', () => {
  it('shows the profile with its extras, pictures, counts and posts, user text as text', async () => {
    const { container } = open();
    await screen.findByRole('heading', { level: 1, name: 'Bob Builder' });
    expect(screen.getByText('@bob')).toBeTruthy();
    expect(screen.getByText('Builds <b>things</b>')).toBeTruthy();
    expect(container.querySelector('.profile-bio b')).toBeNull();
    expect(screen.getByText('Lisbon')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'bob.example' }).getAttribute('href')).toBe('https://bob.example/');
    expect(screen.getByRole('link', { name: 'https://github.com/bob' })).toBeTruthy();
    // A link that is not http(s) stays text.
    expect(screen.queryByRole('link', { name: 'javascript:alert(1)' })).toBeNull();
    expect(screen.getByText('javascript:alert(1)')).toBeTruthy();
    const credits = screen.getByRole('region', { name: 'Credits' });
    expect(within(credits).getByText('The Big Film')).toBeTruthy();
    expect(within(credits).getByText(/Gaffer/)).toBeTruthy();
    const education = screen.getByRole('region', { name: 'Education' });
    expect(within(education).getByText('Film School')).toBeTruthy();
    expect(within(education).getByText(/2015–2018/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '12 followers' }).getAttribute('href')).toBe('/u/bob/followers');
    expect(screen.getByRole('link', { name: '3 following' }).getAttribute('href')).toBe('/u/bob/following');
    expect(container.querySelector('.profile-banner img')?.getAttribute('src')).toBe('/media/u-bob/b.png');
    expect(container.querySelector('.profile-identity img')?.getAttribute('src')).toBe('/media/u-bob/a.png');
    const posts = await screen.findByRole('feed', { name: 'Posts by bob' });
    expect(await within(posts).findByText('bob says hi')).toBeTruthy();
    expect(stub.callsOf('post.getByUser')[0]!.input).toMatchObject({ username: 'bob' });
    expect(document.title).toBe('Bob Builder (@bob) · VRSS');
  });

  it('follows and unfollows with a button named Follow / Unfollow', async () => {
    open();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Follow' }));
    await screen.findByRole('button', { name: 'Unfollow' });
    expect(stub.callsOf('social.follow')[0]!.input).toEqual({ username: 'bob' });
    await user.click(screen.getByRole('button', { name: 'Unfollow' }));
    await screen.findByRole('button', { name: 'Follow' });
    expect(stub.callsOf('social.unfollow')[0]!.input).toEqual({ username: 'bob' });
  });

  it('shows Requested after following a locked account, and withdraws the request', async () => {
    follow = { following: false, requested: true };
    open();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Follow' }));
    await user.click(await screen.findByRole('button', { name: 'Requested' }));
    await screen.findByRole('button', { name: 'Follow' });
    expect(stub.callsOf('social.unfollow')).toHaveLength(1);
  });

  it('sends a connection request with a message', async () => {
    open();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Connect' }));
    await user.type(screen.getByRole('textbox', { name: 'Message (optional)' }), 'We met at the festival');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await screen.findByText('Connection requested');
    expect(stub.callsOf('social.requestConnection')[0]!.input).toEqual({ username: 'bob', message: 'We met at the festival' });
  });

  it('mutes and blocks (after confirming), and offers to lift both', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    open();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Mute' }));
    await screen.findByRole('button', { name: 'Unmute' });
    expect(stub.callsOf('social.mute')[0]!.input).toEqual({ username: 'bob' });
    await user.click(screen.getByRole('button', { name: 'Block' }));
    await screen.findByRole('button', { name: 'Unblock' });
    expect(confirm).toHaveBeenCalledOnce();
    expect(stub.callsOf('social.block')[0]!.input).toEqual({ username: 'bob' });
    await user.click(screen.getByRole('button', { name: 'Unblock' }));
    await screen.findByRole('button', { name: 'Block' });
    expect(stub.callsOf('social.unblock')).toHaveLength(1);
    confirm.mockRestore();
  });

  it('shows Unblock and Unmute for a user the viewer blocks and mutes', async () => {
    profile = { ...bobProfile(), isBlocking: true, isMuting: true };
    open();
    expect(await screen.findByRole('button', { name: 'Unblock' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unmute' })).toBeTruthy();
  });

  it('shows only the public card of a private profile, without posts', async () => {
    profile = { id: 'u-bob', username: 'bob', displayName: 'Bob Builder', avatarUrl: null, restricted: true };
    open();
    await screen.findByText(/This profile is private/);
    // The buttons wait for the caller's relation to the profile (connections included), which may answer later.
    expect(await screen.findByRole('button', { name: 'Follow' })).toBeTruthy();
    expect(screen.queryByRole('feed')).toBeNull();
    expect(stub.callsOf('post.getByUser')).toHaveLength(0);
  });

  it('offers editing instead of following on one’s own profile, and nothing to press to visitors', async () => {
    profile = { ...bobProfile(), id: alice.id, username: 'alice' };
    const first = open();
    await screen.findByRole('link', { name: 'Edit details' });
    expect(screen.queryByRole('button', { name: 'Follow' })).toBeNull();
    first.unmount();
    profile = bobProfile();
    open(null);
    await screen.findByText('Signed-in members can follow @bob.');
    expect(screen.queryByRole('button', { name: 'Follow' })).toBeNull();
  });

  it('shows the headline under the name', async () => {
    profile = { ...bobProfile(), headline: 'Gaffer & <i>lighting</i> designer' };
    open();
    await screen.findByRole('heading', { level: 1, name: 'Bob Builder' });
    expect(screen.getByText('Gaffer & <i>lighting</i> designer').className).toBe('profile-headline');
  });

  it('shows Requested for a follow request the profile says is pending, and withdraws it', async () => {
    profile = { ...bobProfile(), followRequested: true };
    open();
    const button = await screen.findByRole('button', { name: 'Requested' });
    await userEvent.setup().click(button);
    await screen.findByRole('button', { name: 'Follow' });
    expect(stub.callsOf('social.unfollow')[0]!.input).toEqual({ username: 'bob' });
  });

  it('offers Remove connection instead of Connect to a connection, and Connect again after removing', async () => {
    connected = true;
    open();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Remove connection' }));
    expect(screen.queryByRole('button', { name: 'Connect' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await screen.findByRole('button', { name: 'Connect' });
    expect(stub.callsOf('social.removeConnection').map((c) => c.input)).toEqual([{ username: 'bob' }]);
  });

  it('reports the profile', async () => {
    open();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Report profile' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'other');
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    await screen.findByText(/Reported\. Thank you/);
    expect(stub.callsOf('moderation.report')[0]!.input).toEqual({ username: 'bob', category: 'other' });
  });

  it('says so when there is no such user', async () => {
    stub.rpc = (call) => (call.procedure === 'user.getProfile' ? { status: 404, error: { code: 1302, message: 'user not found' } } : { data: {} });
    open();
    await screen.findByText('There is no one called @bob.');
    await waitFor(() => expect(stub.callsOf('user.getProfile')).toHaveLength(1));
  });
});

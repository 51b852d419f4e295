import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpStub, type RecordedCall } from '../test/httpStub';
import { renderWithApp } from '../test/render';
import { alice } from '../test/fixtures';
import { setRpcEndpoint } from '../api/rpc';
import type { Profile, SessionUser } from '../api/types';
import { SESSION_HINT_KEY } from '../auth/session';
import SettingsPage from './SettingsPage';

const stub = new HttpStub();
let session: SessionUser;
let profile: Profile;
let settings: { profileVisibility: string; defaultPostVisibility: string; allowConnectionRequests: boolean; approveFollowers: boolean };
let followRequests: { from: { id: string; username: string; displayName: string; avatarUrl: null }; createdAt: string }[];
let uploads: Buffer[];
const card = (username: string) => ({ id: `u-${username}`, username, displayName: username.toUpperCase(), avatarUrl: null });
let blocked: ReturnType<typeof card>[];
let muted: ReturnType<typeof card>[];
const CODES = Array.from({ length: 10 }, (_, i) => `AAAA-BBBB-CCCC-${String(i).padStart(4, '0')}`);

function api(call: RecordedCall) {
  switch (call.procedure) {
    case 'auth.getSession':
      return { data: { user: session, session: { sessionId: 's1', createdAt: '2026-11-30T09:00:00.000Z', expiresAt: '2026-12-07T09:00:00.000Z' } } };
    case 'user.getProfile':
      return { data: { profile } };
    case 'user.updateProfile':
      profile = { ...profile, ...(call.input as Partial<Profile>) };
      return { data: { profile } };
    case 'media.getStorageUsage':
      return { data: { used: 0, reserved: 0, limit: 50 * 1024 * 1024 } };
    case 'media.initiateUpload':
      return {
        data: {
          uploadId: 'up-av',
          mediaId: 'm-avatar',
          uploadUrl: `${stub.url}/media/upload/av`,
          expiresAt: '2026-11-30T12:00:00.000Z',
          headers: { 'Content-Type': call.input.contentType, 'Content-Length': String(call.input.size) },
        },
      };
    case 'media.completeUpload':
      return { data: { media: { id: 'm-avatar', url: '/media/m-avatar/a.png', type: 'image', size: 8, contentType: 'image/png' } } };
    case 'settings.get':
      return { data: { settings } };
    case 'settings.updatePrivacy':
      settings = { ...settings, ...(call.input as typeof settings) };
      return { data: { settings } };
    case 'social.getFollowRequests':
      return { data: { items: followRequests, nextCursor: null } };
    case 'social.respondFollowRequest':
      followRequests = followRequests.filter((r) => r.from.username !== call.input.username);
      return { data: { accepted: call.input.accept } };
    case 'social.getBlocked':
      return { data: { items: blocked, nextCursor: null } };
    case 'social.getMuted':
      return { data: { items: muted, nextCursor: null } };
    case 'social.unblock':
      blocked = blocked.filter((u) => u.username !== call.input.username);
      return { data: { blocked: false } };
    case 'social.unmute':
      muted = muted.filter((u) => u.username !== call.input.username);
      return { data: { muted: false } };
    case 'auth.changePassword':
      return call.input.currentPassword === 'right password'
        ? { data: {} }
        : { status: 401, error: { code: 1001, message: 'invalid credentials', details: { field: 'currentPassword' } } };
    case 'auth.enableTotp':
      return { data: { secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/VRSS:alice?secret=JBSWY3DPEHPK3PXP&issuer=VRSS' } };
    case 'auth.confirmTotp':
      if (call.input.code !== '123456') return { status: 401, error: { code: 1003, message: 'invalid code', details: { field: 'code' } } };
      session = { ...session, totpEnabled: true };
      return { data: { recoveryCodes: CODES } };
    case 'auth.regenerateRecoveryCodes':
      return { data: { recoveryCodes: CODES.map((c) => c.replace('AAAA', 'ZZZZ')) } };
    case 'auth.disableTotp':
      session = { ...session, totpEnabled: false };
      return { data: {} };
    case 'auth.listSessions':
      return {
        data: {
          items: [
            { sessionId: 's1', createdAt: '2026-11-30T09:00:00.000Z', lastUsedAt: '2026-11-30T11:00:00.000Z', ip: '203.0.113.0', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/150.0 Safari/537.36', current: true },
            { sessionId: 's2', createdAt: '2026-11-20T09:00:00.000Z', lastUsedAt: '2026-11-21T11:00:00.000Z', ip: null, userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1', current: false },
          ],
          nextCursor: null,
        },
      };
    case 'auth.revokeSession':
      return { data: {} };
    default:
      return { data: {} };
  }
}

const open = (path: string) => renderWithApp(<SettingsPage />, { user: session, path, routePath: '/settings/*' });

beforeAll(async () => {
  await stub.start();
  stub.raw = (req, res, body) => {
    if (req.method !== 'PUT' || !req.url?.startsWith('/media/upload/')) return false;
    uploads.push(body);
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('stored');
    return true;
  };
});
afterAll(() => stub.stop());
beforeEach(() => {
  stub.calls.length = 0;
  stub.rpc = api;
  uploads = [];
  blocked = [card('bob'), card('cyd')];
  muted = [card('dan')];
  setRpcEndpoint(`${stub.url}/api/rpc`);
  localStorage.setItem(SESSION_HINT_KEY, '1');
  session = { ...alice };
  profile = {
    id: alice.id,
    username: 'alice',
    displayName: 'Alice',
    bio: 'Director',
    avatarUrl: null,
    bannerUrl: null,
    location: null,
    website: null,
    links: [{ platform: 'Site', url: 'https://alice.example' }],
    credits: [],
    education: [],
    followersCount: 0,
    followingCount: 0,
    postsCount: 0,
    isFollowing: null,
    createdAt: '2026-11-01T10:00:00.000Z',
  };
  settings = { profileVisibility: 'public', defaultPostVisibility: 'public', allowConnectionRequests: true, approveFollowers: false };
  followRequests = [{ from: { id: 'u-bob', username: 'bob', displayName: 'Bob', avatarUrl: null }, createdAt: '2026-11-30T10:00:00.000Z' }];
});

describe('settings: profile', () => {
  it('edits every field, the extras and the avatar, and saves them in one update', async () => {
    open('/settings');
    const user = userEvent.setup();
    const name = await screen.findByRole('textbox', { name: 'Display name' });
    await user.clear(name);
    await user.type(name, 'Alice Cooper');
    await user.clear(screen.getByRole('textbox', { name: 'Bio' }));
    await user.type(screen.getByRole('textbox', { name: 'Bio' }), 'Director, writer');
    await user.type(screen.getByRole('textbox', { name: 'Location' }), 'Porto');
    await user.type(screen.getByRole('textbox', { name: 'Website' }), 'https://alice.example');

    await user.click(screen.getByRole('button', { name: 'Add credit' }));
    const credit = screen.getByRole('group', { name: 'Credit 1' });
    await user.type(within(credit).getByRole('textbox', { name: 'Title' }), 'Short Film');
    await user.type(within(credit).getByRole('textbox', { name: 'Role' }), 'Director');
    const year = within(credit).getByRole('spinbutton', { name: 'Year' });
    await user.clear(year);
    await user.type(year, '2025');
    await user.click(screen.getByRole('button', { name: 'Add school' }));
    const school = screen.getByRole('group', { name: 'School 1' });
    await user.type(within(school).getByRole('textbox', { name: 'Institution' }), 'Film School');
    await user.type(within(school).getByRole('spinbutton', { name: 'Start year' }), '2010');
    await user.click(screen.getByRole('button', { name: 'Remove link 1' }));

    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'me.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('Upload avatar'), png);
    await waitFor(() => expect(stub.callsOf('media.completeUpload')).toHaveLength(1));
    expect(uploads).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save profile' })).toHaveProperty('disabled', false));

    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByText('Profile saved.');
    expect(stub.callsOf('user.updateProfile')[0]!.input).toEqual({
      displayName: 'Alice Cooper',
      // The form always sends its headline; an empty one clears it.
      headline: '',
      bio: 'Director, writer',
      location: 'Porto',
      website: 'https://alice.example',
      links: [],
      credits: [{ title: 'Short Film', role: 'Director', year: 2025, org: null }],
      education: [{ institution: 'Film School', degree: null, field: null, startYear: 2010, endYear: null }],
      avatarMediaId: 'm-avatar',
    });
  });
});

describe('settings: privacy', () => {
  it('saves the privacy settings and answers pending follow requests', async () => {
    open('/settings/privacy');
    const user = userEvent.setup();
    const visibility = await screen.findByRole('combobox', { name: 'Who can see your profile' });
    await user.selectOptions(visibility, 'followers');
    await user.click(screen.getByRole('checkbox', { name: 'Approve followers' }));
    await user.click(screen.getByRole('button', { name: 'Save privacy settings' }));
    await screen.findByText('Saved.');
    expect(stub.callsOf('settings.updatePrivacy')[0]!.input).toEqual({
      profileVisibility: 'followers',
      defaultPostVisibility: 'public',
      allowConnectionRequests: true,
      approveFollowers: true,
    });

    const requests = screen.getByRole('region', { name: 'Follow requests' });
    await user.click(await within(requests).findByRole('button', { name: 'Decline follow request from bob' }));
    await within(requests).findByText('No pending follow requests.');
    expect(stub.callsOf('social.respondFollowRequest')[0]!.input).toEqual({ username: 'bob', accept: false });
  });
});

describe('settings: password', () => {
  it('checks the two new passwords agree, reports a wrong current password, and changes it', async () => {
    open('/settings/password');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Current password'), 'wrong password');
    await user.type(screen.getByLabelText('New password'), 'N3w password!!');
    await user.type(screen.getByLabelText('Confirm new password'), 'N3w password!?');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await screen.findByText('The two new passwords differ.');
    expect(stub.callsOf('auth.changePassword')).toHaveLength(0);

    await user.clear(screen.getByLabelText('Confirm new password'));
    await user.type(screen.getByLabelText('Confirm new password'), 'N3w password!!');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await screen.findByText('The password is wrong.');

    await user.clear(screen.getByLabelText('Current password'));
    await user.type(screen.getByLabelText('Current password'), 'right password');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await screen.findByText('Password changed. Your other sessions were signed out.');
    expect(stub.callsOf('auth.changePassword').at(-1)!.input).toEqual({ currentPassword: 'right password', newPassword: 'N3w password!!' });
  });
});

describe('settings: two-factor', () => {
  it('sets up TOTP with a QR code, shows the recovery codes once, then offers regenerate and turn off', async () => {
    open('/settings/two-factor');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Password'), 'right password');
    await user.click(screen.getByRole('button', { name: 'Set up two-factor' }));
    const qr = await screen.findByRole('img', { name: 'QR code to add VRSS to your authenticator app' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(decodeURIComponent(qr.getAttribute('src')!)).toContain('<svg');
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP')).toBeTruthy();
    expect(stub.callsOf('auth.enableTotp')[0]!.input).toEqual({ password: 'right password' });

    await user.type(screen.getByLabelText('6-digit code'), '654321');
    await user.click(screen.getByRole('button', { name: 'Turn on two-factor' }));
    await screen.findByText(/That code is not right/);
    await user.clear(screen.getByLabelText('6-digit code'));
    await user.type(screen.getByLabelText('6-digit code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Turn on two-factor' }));

    const codes = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(within(codes).getAllByRole('listitem')).toHaveLength(10);
    expect(within(codes).getByText('AAAA-BBBB-CCCC-0000')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'I have saved my codes' }));
    await screen.findByText('Two-factor authentication is on.');
    expect(screen.queryByText('AAAA-BBBB-CCCC-0000')).toBeNull();

    const regen = screen.getByRole('form', { name: 'New recovery codes' });
    await user.type(within(regen).getByLabelText('Password'), 'right password');
    await user.click(within(regen).getByRole('button', { name: 'Regenerate recovery codes' }));
    await screen.findByText('ZZZZ-BBBB-CCCC-0009');
    await user.click(screen.getByRole('button', { name: 'I have saved my codes' }));

    const off = await screen.findByRole('form', { name: 'Turn off two-factor' });
    await user.type(within(off).getByLabelText('Password'), 'right password');
    await user.type(within(off).getByLabelText('Authenticator code or recovery code'), 'aaaa-bbbb-cccc-0001');
    await user.click(within(off).getByRole('button', { name: 'Turn off two-factor' }));
    await screen.findByText('Two-factor authentication is off');
    expect(stub.callsOf('auth.disableTotp')[0]!.input).toEqual({ password: 'right password', recoveryCode: 'aaaa-bbbb-cccc-0001' });
  });
});

describe('settings: sessions', () => {
  it('lists blocked and muted accounts and lifts a block and a mute', async () => {
    open('/settings/blocked');
    const user = userEvent.setup();
    const blockedList = await screen.findByRole('region', { name: 'Blocked' });
    await within(blockedList).findByText('@bob');
    expect(within(blockedList).getByText('@cyd')).toBeTruthy();
    const mutedList = screen.getByRole('region', { name: 'Muted' });
    await within(mutedList).findByText('@dan');
    await user.click(within(blockedList).getByRole('button', { name: 'Unblock bob' }));
    await waitFor(() => expect(within(blockedList).queryByText('@bob')).toBeNull());
    expect(stub.callsOf('social.unblock')[0]!.input).toEqual({ username: 'bob' });
    await user.click(within(mutedList).getByRole('button', { name: 'Unmute dan' }));
    await within(mutedList).findByText('You mute nobody.');
    expect(stub.callsOf('social.unmute')[0]!.input).toEqual({ username: 'dan' });
  });

  it('lists the sessions and signs one out; signing out this device signs out', async () => {
    const { router } = open('/settings/sessions');
    const user = userEvent.setup();
    await screen.findByText('Chrome on Linux');
    expect(screen.getByText('Safari on iOS')).toBeTruthy();
    expect(screen.getByText('This device')).toBeTruthy();
    expect(screen.getByText(/Network 203\.0\.113\.0/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Sign out Safari on iOS' }));
    await waitFor(() => expect(stub.callsOf('auth.revokeSession')).toHaveLength(1));
    expect(stub.callsOf('auth.revokeSession')[0]!.input).toEqual({ sessionId: 's2' });
    expect(router.state.location.pathname).toBe('/settings/sessions');

    await user.click(screen.getByRole('button', { name: 'Sign out Chrome on Linux (this device)' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(stub.callsOf('auth.revokeSession')[1]!.input).toEqual({ sessionId: 's1' });
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
  });

  it('has a settings navigation whose links differ from the main navigation', async () => {
    open('/settings');
    const nav = await screen.findByRole('navigation', { name: 'Settings' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Public details', 'Privacy', 'Password', 'Two-factor authentication', 'Sessions', 'Blocked and muted', 'Account']);
    expect(within(nav).getByRole('link', { name: 'Public details' }).getAttribute('aria-current')).toBe('page');
  });
});

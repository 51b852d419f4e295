import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpStub } from '../test/httpStub';
import { renderWithApp } from '../test/render';
import { alice } from '../test/fixtures';
import { setRpcEndpoint } from '../api/rpc';
import { Header } from './Header';

const stub = new HttpStub();
beforeAll(async () => {
  await stub.start();
});
afterAll(() => stub.stop());
beforeEach(() => {
  stub.calls.length = 0;
  setRpcEndpoint(`${stub.url}/api/rpc`);
});

describe('header', () => {
  it('names the navigation as the tests and screen readers expect, with the unread count', async () => {
    stub.rpc = () => ({ data: { items: [], nextCursor: null, unreadCount: 2 } });
    renderWithApp(<Header user={alice} />, { user: alice });
    for (const name of ['Home', 'Discover', 'Profile', 'Settings']) expect(screen.getByRole('link', { name })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Notifications (2)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Profile' }).getAttribute('href')).toBe('/u/alice');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('links to Moderation for moderators and admins only', async () => {
    stub.rpc = () => ({ data: { items: [], nextCursor: null, unreadCount: 0 } });
    const { unmount } = renderWithApp(<Header user={alice} />, { user: alice });
    expect(screen.queryByRole('link', { name: 'Moderation' })).toBeNull();
    unmount();
    renderWithApp(<Header user={{ ...alice, role: 'moderator' }} />, { user: { ...alice, role: 'moderator' } });
    expect(screen.getByRole('link', { name: 'Moderation' }).getAttribute('href')).toBe('/moderation');
    // Both headers asked for the unread count: nothing of this test reaches the next one's stub.
    await waitFor(() => expect(stub.callsOf('notification.getNotifications')).toHaveLength(2));
  });

  it('says just "Notifications" with nothing unread', async () => {
    stub.rpc = () => ({ data: { items: [], nextCursor: null, unreadCount: 0 } });
    renderWithApp(<Header user={alice} />, { user: alice });
    await waitFor(() => expect(stub.callsOf('notification.getNotifications')).toHaveLength(1));
    expect(screen.getByRole('link', { name: 'Notifications' })).toBeTruthy();
  });

  it('offers sign in and create account when signed out', () => {
    renderWithApp(<Header user={null} />, { user: null });
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Create account' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
    expect(stub.calls).toHaveLength(0);
  });

  it('searches from the searchbox', async () => {
    const { router } = renderWithApp(<Header user={null} />, { user: null });
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'rust & go{Enter}');
    expect(router.state.location.pathname).toBe('/search');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('rust & go');
  });
});

describe('header on the sign-in and sign-up pages', () => {
  it('leaves the links between them to the pages (one link per name)', () => {
    renderWithApp(<Header user={null} />, { user: null, path: '/sign-in', routePath: '/sign-in' });
    expect(screen.queryByRole('link', { name: 'Sign in' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Create account' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Discover' })).toBeTruthy();
  });

  it('names no other link like a nav link', async () => {
    stub.rpc = () => ({ data: { items: [], nextCursor: null, unreadCount: 0 } });
    renderWithApp(<Header user={alice} />, { user: alice });
    for (const name of [/home/i, /discover/i, /notifications/i, /profile/i, /settings/i]) expect(screen.getAllByRole('link', { name })).toHaveLength(1);
  });
});

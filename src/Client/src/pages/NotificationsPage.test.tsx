import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RecordedCall } from '../test/httpStub';
import { serveRpc } from '../test/serveRpc';
import { renderWithApp } from '../test/render';
import { alice } from '../test/fixtures';
import type { Notification } from '../api/types';
import { UNREAD_KEY } from '../notifications/unread';
import NotificationsPage from './NotificationsPage';

const stub = serveRpc(api);
const actor = (username: string) => ({ id: `u-${username}`, username, displayName: username[0]!.toUpperCase() + username.slice(1), avatarUrl: null });
let items: Notification[];

const unread = () => items.filter((n) => !n.read).length;

function api(call: RecordedCall) {
  switch (call.procedure) {
    case 'notification.getNotifications':
      return call.input.cursor === 'n2'
        ? { data: { items: items.slice(3), nextCursor: null, unreadCount: unread() } }
        : { data: { items: items.slice(0, 3), nextCursor: items.length > 3 ? 'n2' : null, unreadCount: unread() } };
    case 'notification.markRead': {
      const ids = call.input.all ? items.map((n) => n.id) : (call.input.ids as string[]);
      items = items.map((n) => (ids.includes(n.id) ? { ...n, read: true, reason: null } : n));
      return { data: { unreadCount: unread() } };
    }
    default:
      return { data: {} };
  }
}

beforeEach(() => {
  items = [
    { id: 'n1', type: 'comment', actor: actor('bob'), postId: 'p1', createdAt: '2026-11-30T11:00:00.000Z', read: false, reason: null },
    { id: 'n2', type: 'follow', actor: actor('carol'), postId: null, createdAt: '2026-11-30T10:00:00.000Z', read: false, reason: null },
    { id: 'n3', type: 'reaction', actor: actor('dave'), postId: 'p1', createdAt: '2026-11-30T09:00:00.000Z', read: true, reason: null },
    { id: 'n4', type: 'connection_request', actor: actor('erin'), postId: null, createdAt: '2026-11-30T08:00:00.000Z', read: false, reason: null },
  ];
});

const open = () => renderWithApp(<NotificationsPage />, { user: alice, path: '/notifications', routePath: '/notifications' });

describe('notifications page', () => {
  it('lists notifications page by page, linking each to what it is about', async () => {
    const { client } = open();
    const comment = (await screen.findByText('commented on your post')).closest('a')!;
    expect(comment.getAttribute('href')).toBe('/p/p1');
    expect(within(comment).getByText('Bob')).toBeTruthy();
    expect(screen.getByText('followed you').closest('a')!.getAttribute('href')).toBe('/u/carol');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Load more' }));
    expect((await screen.findByText('wants to connect with you')).closest('a')!.getAttribute('href')).toBe('/connections');
    // The navigation's unread count is the one the server gave.
    expect(client.getQueryData(UNREAD_KEY)).toBe(3);
    expect(screen.getByText('3 unread')).toBeTruthy();
  });

  it('shows a removal by the moderators with their reason, naming no one', async () => {
    items = [{ id: 'n9', type: 'content_removed', actor: actor('alice'), postId: 'p7', createdAt: '2026-11-30T12:00:00.000Z', read: false, reason: 'Spam <b>links</b>' }];
    open();
    const link = (await screen.findByText('removed something you posted')).closest('a')!;
    expect(link.getAttribute('href')).toBe('/p/p7');
    expect(within(link).getByText('Moderators')).toBeTruthy();
    expect(screen.getByText('Reason: Spam <b>links</b>')).toBeTruthy();
    expect(screen.queryByText('Alice')).toBeNull();
  });

  it('marks one notification read and updates the shared unread count', async () => {
    const { client } = open();
    await screen.findByText('commented on your post');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Mark as read: Bob commented on your post' }));
    await waitFor(() => expect(client.getQueryData(UNREAD_KEY)).toBe(2));
    expect(stub.callsOf('notification.markRead')[0]!.input).toEqual({ ids: ['n1'] });
    expect(screen.queryByRole('button', { name: 'Mark as read: Bob commented on your post' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Mark as read: Carol followed you' })).toBeTruthy();
  });

  it('marks a notification read when it is followed', async () => {
    const { client, router } = open();
    await userEvent.setup().click(await screen.findByText('followed you'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/u/carol'));
    await waitFor(() => expect(client.getQueryData(UNREAD_KEY)).toBe(2));
    expect(stub.callsOf('notification.markRead')[0]!.input).toEqual({ ids: ['n2'] });
  });

  it('marks all read', async () => {
    const { client } = open();
    await screen.findByText('commented on your post');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Mark all as read' }));
    await screen.findByText('All caught up.');
    expect(client.getQueryData(UNREAD_KEY)).toBe(0);
    expect(stub.callsOf('notification.markRead')[0]!.input).toEqual({ all: true });
    expect(screen.queryByRole('button', { name: /^Mark as read/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Mark all as read' })).toHaveProperty('disabled', true);
  });
});

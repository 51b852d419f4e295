import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RecordedCall } from '../test/httpStub';
import { serveRpc } from '../test/serveRpc';
import { renderWithApp } from '../test/render';
import { alice } from '../test/fixtures';
import ConnectionsPage from './ConnectionsPage';

const stub = serveRpc(api);
const card = (username: string) => ({ id: `u-${username}`, username, displayName: username.toUpperCase(), avatarUrl: null, isFollowing: null });
const aliceCard = card('alice');
let requests: { id: string; from: ReturnType<typeof card>; to: ReturnType<typeof card>; status: string; message?: string; createdAt: string }[];
let followRequests: { from: ReturnType<typeof card>; createdAt: string }[];
let connections: ReturnType<typeof card>[];
let outgoing: typeof requests;

function api(call: RecordedCall) {
  switch (call.procedure) {
    case 'social.getConnectionRequests':
      return { data: { items: requests, nextCursor: null } };
    case 'social.getFollowRequests':
      return { data: { items: followRequests, nextCursor: null } };
    case 'social.getConnections':
      return { data: { items: connections, nextCursor: null } };
    case 'social.respondConnection': {
      const r = requests.find((x) => x.id === call.input.requestId)!;
      requests = requests.filter((x) => x !== r);
      if (call.input.accept) connections = [...connections, r.from];
      return { data: { request: { ...r, status: call.input.accept ? 'accepted' : 'declined' } } };
    }
    case 'social.getOutgoingConnectionRequests':
      return { data: { items: outgoing, nextCursor: null } };
    case 'social.cancelConnectionRequest':
      outgoing = outgoing.filter((r) => r.id !== call.input.requestId);
      return { data: {} };
    case 'social.removeConnection':
      connections = connections.filter((c) => c.username !== call.input.username);
      return { data: {} };
    case 'social.respondFollowRequest':
      followRequests = followRequests.filter((x) => x.from.username !== call.input.username);
      return { data: { accepted: call.input.accept } };
    default:
      return { data: {} };
  }
}

beforeEach(() => {
  requests = [
    { id: 'r1', from: card('carol'), to: aliceCard, status: 'pending', message: 'Worked together on <i>Dune</i>', createdAt: '2026-11-30T09:00:00.000Z' },
    { id: 'r2', from: card('dave'), to: aliceCard, status: 'pending', createdAt: '2026-11-30T08:00:00.000Z' },
  ];
  followRequests = [{ from: card('erin'), createdAt: '2026-11-30T07:00:00.000Z' }];
  connections = [card('frank')];
  outgoing = [
    { id: 'o1', from: aliceCard, to: card('gina'), status: 'pending', message: 'Hello', createdAt: '2026-11-30T06:00:00.000Z' },
    { id: 'o2', from: aliceCard, to: card('hal'), status: 'pending', createdAt: '2026-11-30T05:00:00.000Z' },
  ];
});

describe('connections page', () => {
  it('accepts and declines connection requests, and the accepted one joins the connections', async () => {
    renderWithApp(<ConnectionsPage />, { user: alice, path: '/connections', routePath: '/connections' });
    const incoming = await screen.findByRole('region', { name: 'Connection requests' });
    await within(incoming).findByText('CAROL');
    expect(within(incoming).getByText(/Worked together on <i>Dune<\/i>/)).toBeTruthy();
    const mine = screen.getByRole('region', { name: 'Your connections' });
    await within(mine).findByText('FRANK');
    const user = userEvent.setup();
    await user.click(within(incoming).getByRole('button', { name: 'Accept connection request from carol' }));
    await within(mine).findByText('CAROL');
    await waitFor(() => expect(within(incoming).queryByText('CAROL')).toBeNull());
    await user.click(within(incoming).getByRole('button', { name: 'Decline connection request from dave' }));
    await within(incoming).findByText('No pending connection requests.');
    expect(stub.callsOf('social.respondConnection').map((c) => c.input)).toEqual([
      { requestId: 'r1', accept: true },
      { requestId: 'r2', accept: false },
    ]);
    expect(within(mine).queryByText('DAVE')).toBeNull();
  });

  it('approves a pending follow request', async () => {
    renderWithApp(<ConnectionsPage />, { user: alice, path: '/connections', routePath: '/connections' });
    const follows = await screen.findByRole('region', { name: 'Follow requests' });
    await within(follows).findByText('ERIN');
    await userEvent.setup().click(within(follows).getByRole('button', { name: 'Approve follow request from erin' }));
    await within(follows).findByText('No pending follow requests.');
    expect(stub.callsOf('social.respondFollowRequest')[0]!.input).toEqual({ username: 'erin', accept: true });
  });

  it('lists the requests one sent and cancels one', async () => {
    renderWithApp(<ConnectionsPage />, { user: alice, path: '/connections', routePath: '/connections' });
    const sent = await screen.findByRole('region', { name: 'Requests you sent' });
    await within(sent).findByText('GINA');
    expect(within(sent).getByText('HAL')).toBeTruthy();
    await userEvent.setup().click(within(sent).getByRole('button', { name: 'Cancel connection request to gina' }));
    await waitFor(() => expect(within(sent).queryByText('GINA')).toBeNull());
    expect(within(sent).getByText('HAL')).toBeTruthy();
    expect(stub.callsOf('social.cancelConnectionRequest').map((c) => c.input)).toEqual([{ requestId: 'o1' }]);
  });

  it('removes a connection after confirming', async () => {
    renderWithApp(<ConnectionsPage />, { user: alice, path: '/connections', routePath: '/connections' });
    const mine = await screen.findByRole('region', { name: 'Your connections' });
    await within(mine).findByText('FRANK');
    const user = userEvent.setup();
    await user.click(within(mine).getByRole('button', { name: 'Remove connection with frank' }));
    expect(stub.callsOf('social.removeConnection')).toHaveLength(0);
    await user.click(within(mine).getByRole('button', { name: 'Remove' }));
    await within(mine).findByText(/No connections yet/);
    expect(stub.callsOf('social.removeConnection').map((c) => c.input)).toEqual([{ username: 'frank' }]);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpStub, type RecordedCall } from '../test/httpStub';
import { renderWithApp } from '../test/render';
import { alice } from '../test/fixtures';
import { setRpcEndpoint } from '../api/rpc';
import type { SessionUser } from '../api/types';
import { SESSION_HINT_KEY, SESSION_KEY } from '../auth/session';
import SettingsPage from './SettingsPage';

const stub = new HttpStub();
let session: SessionUser;
/** How many more times user.getExport answers `pending` before `ready`. */
let pendingPolls: number;
const PASSWORD = 'right password';
const wrongPassword = { status: 401, error: { code: 1001, message: 'invalid credentials', details: { field: 'password' } } };
const exportOf = (status: string) => ({
  id: 'ex-1',
  status,
  downloadUrl: status === 'ready' ? '/exports/ex-1' : null,
  size: status === 'ready' ? 2048 : null,
  createdAt: '2026-11-30T12:00:00.000Z',
  expiresAt: '2026-12-07T12:00:00.000Z',
});

function api(call: RecordedCall) {
  switch (call.procedure) {
    case 'auth.getSession':
      return { data: { user: session, session: { sessionId: 's1', createdAt: '2026-11-30T09:00:00.000Z', expiresAt: '2026-12-07T09:00:00.000Z' } } };
    case 'user.changeUsername':
      if (call.input.password !== PASSWORD) return wrongPassword;
      if (call.input.username === 'taken') return { status: 400, error: { code: 1401, message: 'username taken', details: { field: 'username' } } };
      session = { ...session, username: call.input.username as string };
      return { data: { profile: { id: session.id, username: session.username } } };
    case 'auth.changeEmail':
      if (call.input.password !== PASSWORD) return wrongPassword;
      if (call.input.newEmail === 'bob@example.test') return { status: 400, error: { code: 1402, message: 'email taken', details: { field: 'newEmail' } } };
      return { data: {} };
    case 'auth.resendVerification':
      return { data: {} };
    case 'user.exportData':
      return { data: { export: exportOf('pending') } };
    case 'user.getExport':
      if (pendingPolls > 0) {
        pendingPolls -= 1;
        return { data: { export: exportOf('pending') } };
      }
      return { data: { export: exportOf('ready') } };
    case 'user.deleteAccount':
      if (call.input.password !== PASSWORD) return wrongPassword;
      if (session.totpEnabled && call.input.totpCode !== '123456' && call.input.recoveryCode === undefined)
        return { status: 401, error: { code: 1003, message: 'invalid code', details: { field: 'totpCode' } } };
      return { data: { purgeAt: '2026-12-30T12:00:00.000Z' } };
    default:
      return { data: {} };
  }
}

const open = () => renderWithApp(<SettingsPage />, { user: session, path: '/settings/account', routePath: '/settings/*' });

beforeAll(async () => {
  await stub.start();
});
afterAll(() => stub.stop());
beforeEach(() => {
  stub.calls.length = 0;
  stub.rpc = api;
  pendingPolls = 2;
  setRpcEndpoint(`${stub.url}/api/rpc`);
  localStorage.setItem(SESSION_HINT_KEY, '1');
  session = { ...alice };
});

describe('settings: account', () => {
  it('is a section of the settings navigation', async () => {
    open();
    const nav = await screen.findByRole('navigation', { name: 'Settings' });
    expect(within(nav).getByRole('link', { name: 'Account' }).getAttribute('aria-current')).toBe('page');
  });

  it('changes the username with the password, naming a taken one and a wrong password', async () => {
    const { client } = open();
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Username' });
    expect(within(form).getByText('@alice')).toBeTruthy();
    await user.type(within(form).getByLabelText('New username'), 'x');
    await user.type(within(form).getByLabelText('Password'), 'wrong');
    await user.click(within(form).getByRole('button', { name: 'Change username' }));
    await within(form).findByText('A username has 3 to 30 characters: a to z, 0 to 9 and _.');
    expect(stub.callsOf('user.changeUsername')).toHaveLength(0);

    await user.clear(within(form).getByLabelText('New username'));
    await user.type(within(form).getByLabelText('New username'), 'taken');
    await user.click(within(form).getByRole('button', { name: 'Change username' }));
    await within(form).findByText('The password is wrong.');

    await user.clear(within(form).getByLabelText('Password'));
    await user.type(within(form).getByLabelText('Password'), PASSWORD);
    await user.click(within(form).getByRole('button', { name: 'Change username' }));
    await within(form).findByText('That username is taken.');

    await user.clear(within(form).getByLabelText('New username'));
    await user.type(within(form).getByLabelText('New username'), 'Alice_2');
    await user.click(within(form).getByRole('button', { name: 'Change username' }));
    await within(form).findByText('Your username is now @alice_2.');
    expect(stub.callsOf('user.changeUsername').at(-1)!.input).toEqual({ username: 'alice_2', password: PASSWORD });
    await waitFor(() => expect(client.getQueryData<SessionUser>(SESSION_KEY)?.username).toBe('alice_2'));
  });

  it('asks for an email change and says to check the new address; refuses an address in use', async () => {
    open();
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Email' });
    expect(within(form).getByText('alice@example.test')).toBeTruthy();
    // A verified address offers no resend.
    expect(within(form).queryByRole('button', { name: 'Resend verification email' })).toBeNull();
    await user.type(within(form).getByLabelText('New email'), 'bob@example.test');
    await user.type(within(form).getByLabelText('Password'), PASSWORD);
    await user.click(within(form).getByRole('button', { name: 'Change email' }));
    await within(form).findByText('Another account uses that address.');

    await user.clear(within(form).getByLabelText('New email'));
    await user.type(within(form).getByLabelText('New email'), 'alice@new.example');
    await user.click(within(form).getByRole('button', { name: 'Change email' }));
    await within(form).findByText(/Check your new address: we sent a link to alice@new\.example/);
    expect(stub.callsOf('auth.changeEmail').at(-1)!.input).toEqual({ newEmail: 'alice@new.example', password: PASSWORD });
  });

  it('offers to resend the verification email while the address is unverified', async () => {
    session = { ...alice, emailVerified: false };
    open();
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Email' });
    expect(within(form).getByText('Your address is not verified yet.')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Resend verification email' }));
    await within(form).findByText('A new verification link is on its way to alice@example.test.');
    expect(stub.callsOf('auth.resendVerification')).toHaveLength(1);
  });

  it('exports the data: asks again while the archive is pending, then links to the download and stops asking', { timeout: 15_000 }, async () => {
    const { client } = open();
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Export your data' });
    await user.click(within(section).getByRole('button', { name: 'Export my data' }));
    await within(section).findByText(/Preparing your archive/);
    const link = await within(section).findByRole('link', { name: 'Download your data' }, { timeout: 5000 });
    expect(link.getAttribute('href')).toBe('/exports/ex-1');
    expect(within(section).getByText(/Your archive is ready \(2\.0 KB\)/)).toBeTruthy();
    expect(stub.callsOf('user.exportData')).toHaveLength(1);
    // Two pending answers, then the ready one: three reads, each for this export.
    expect(stub.callsOf('user.getExport').map((c) => c.input)).toEqual([{ exportId: 'ex-1' }, { exportId: 'ex-1' }, { exportId: 'ex-1' }]);
    // A ready export is final: the query's interval, asked of the query as it now stands, is off.
    const query = client.getQueryCache().find({ queryKey: ['user.getExport', { exportId: 'ex-1' }] })!;
    const interval = query.observers[0]!.options.refetchInterval;
    expect(typeof interval === 'function' ? interval(query) : interval).toBe(false);
  });

  it('deletes the account after a confirmation, with the second factor, then signs out and shows the purge date', async () => {
    session = { ...alice, totpEnabled: true };
    const { router, client } = open();
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Delete account' });
    const submit = within(form).getByRole('button', { name: 'Delete account…' });
    expect(submit).toHaveProperty('disabled', true);
    await user.type(within(form).getByLabelText('Password'), PASSWORD);
    expect(submit).toHaveProperty('disabled', true);
    await user.type(within(form).getByLabelText('Authenticator code or recovery code'), '654321');
    await user.click(submit);

    // The question takes the focus; Escape keeps the account.
    const dialog = within(form).getByRole('alertdialog', { name: 'Delete your account?' });
    expect(within(dialog).getByRole('button', { name: 'Delete my account' })).toBe(document.activeElement);
    await user.keyboard('{Escape}');
    expect(within(form).queryByRole('alertdialog')).toBeNull();
    expect(stub.callsOf('user.deleteAccount')).toHaveLength(0);

    await user.click(within(form).getByRole('button', { name: 'Delete account…' }));
    await user.click(within(form).getByRole('button', { name: 'Delete my account' }));
    await within(form).findByText('That code is not right, or was used already.');
    expect(stub.callsOf('user.deleteAccount')[0]!.input).toEqual({ password: PASSWORD, totpCode: '654321' });

    await user.clear(within(form).getByLabelText('Authenticator code or recovery code'));
    await user.type(within(form).getByLabelText('Authenticator code or recovery code'), '123 456');
    await user.click(within(form).getByRole('button', { name: 'Delete account…' }));
    await user.click(within(form).getByRole('button', { name: 'Delete my account' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(stub.callsOf('user.deleteAccount')[1]!.input).toEqual({ password: PASSWORD, totpCode: '123456' });
    expect(router.state.location.state).toEqual({ deletionScheduled: '2026-12-30T12:00:00.000Z' });
    expect(client.getQueryData(SESSION_KEY)).toBeNull();
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
  });

  it('sends a recovery code as one', async () => {
    session = { ...alice, totpEnabled: true };
    const { router } = open();
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Delete account' });
    await user.type(within(form).getByLabelText('Password'), PASSWORD);
    await user.type(within(form).getByLabelText('Authenticator code or recovery code'), 'AAAA-BBBB-CCCC-DDDD');
    await user.click(within(form).getByRole('button', { name: 'Delete account…' }));
    await user.click(within(form).getByRole('button', { name: 'Delete my account' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(stub.callsOf('user.deleteAccount')[0]!.input).toEqual({ password: PASSWORD, recoveryCode: 'AAAA-BBBB-CCCC-DDDD' });
  });
});

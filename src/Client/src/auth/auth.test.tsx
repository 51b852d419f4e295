import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import userEvent from '@testing-library/user-event';
import { HttpStub } from '../test/httpStub';
import { renderWithApp } from '../test/render';
import { alice } from '../test/fixtures';
import { setRpcEndpoint } from '../api/rpc';
import { SignInPage } from './SignInPage';
import { SignUpPage } from './SignUpPage';
import { VerifyEmailPage } from './VerifyEmailPage';
import { ConfirmEmailChangePage } from './ConfirmEmailChangePage';
import { Layout } from '../layout/Layout';
import { ResetPasswordPage } from './ResetPasswordPage';
import { SESSION_HINT_KEY, SESSION_KEY, setSession, useSession } from './session';
import { createQueryClient } from '../queryClient';
import { useForgetOnSignOut } from './useForgetOnSignOut';

const stub = new HttpStub();
beforeAll(async () => {
  await stub.start();
});
afterAll(() => stub.stop());
beforeEach(() => {
  stub.calls.length = 0;
  setRpcEndpoint(`${stub.url}/api/rpc`);
});

describe('sign in', () => {
  it('signs in with username and password', async () => {
    stub.rpc = () => ({ data: { user: alice, sessionToken: 't', deviceToken: 'd' } });
    const { client, router } = renderWithApp(<SignInPage />, { user: null, path: '/sign-in', routePath: '/sign-in' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Username or email'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(stub.callsOf('auth.login')[0]!.input).toEqual({ login: 'alice', password: 'correct horse battery' });
    expect(client.getQueryData(SESSION_KEY)).toEqual(alice);
  });

  it('asks for the TOTP code when the server says it is required, then sends it with the password', async () => {
    stub.rpc = (call) =>
      call.input.totpCode === undefined
        ? { status: 401, error: { code: 1003, message: 'totp required' } }
        : { data: { user: { ...alice, totpEnabled: true }, sessionToken: 't', deviceToken: 'd' } };
    const { router } = renderWithApp(<SignInPage />, { user: null, path: '/sign-in', routePath: '/sign-in' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Username or email'), 'alice@example.test');
    await user.type(screen.getByLabelText('Password'), 'pw-pw-pw-pw-pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const code = await screen.findByLabelText('Authentication code');
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    const calls = stub.callsOf('auth.login');
    expect(calls).toHaveLength(2);
    expect(calls[1]!.input).toEqual({ login: 'alice@example.test', password: 'pw-pw-pw-pw-pw', totpCode: '123456' });
  });

  it('can use a recovery code instead', async () => {
    stub.rpc = (call) =>
      call.input.recoveryCode === undefined
        ? { status: 401, error: { code: 1003, message: 'totp required' } }
        : { data: { user: alice, sessionToken: 't', deviceToken: 'd' } };
    renderWithApp(<SignInPage />, { user: null, path: '/sign-in', routePath: '/sign-in' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Username or email'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code' }));
    await user.type(screen.getByLabelText('Recovery code'), 'AAAA-BBBB-CCCC-DDDD');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(stub.callsOf('auth.login')).toHaveLength(2));
    expect(stub.callsOf('auth.login')[1]!.input).toEqual({ login: 'alice', password: 'pw', recoveryCode: 'AAAA-BBBB-CCCC-DDDD' });
  });

  it('hands the home page a notice when signing in cancelled a scheduled deletion', async () => {
    stub.rpc = () => ({ data: { user: alice, sessionToken: 't', deviceToken: 'd', deletionCancelled: true } });
    const { router } = renderWithApp(<SignInPage />, { user: null, path: '/sign-in', routePath: '/sign-in' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Username or email'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.state).toEqual({ notice: 'Welcome back. Signing in cancelled the deletion of your account.' });
  });

  it('hands no notice on an ordinary sign-in', async () => {
    stub.rpc = () => ({ data: { user: alice, sessionToken: 't', deviceToken: 'd', deletionCancelled: false } });
    const { router } = renderWithApp(<SignInPage />, { user: null, path: '/sign-in', routePath: '/sign-in' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Username or email'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.state).toBeNull();
  });

  it('says when a just-deleted account will be purged', async () => {
    const { router } = renderWithApp(<SignInPage />, { user: null, path: '/elsewhere', routePath: '/sign-in' });
    await act(() => router.navigate('/sign-in', { state: { deletionScheduled: '2026-12-30T12:00:00.000Z' } }));
    expect(screen.getByRole('status').textContent).toContain(new Date('2026-12-30T12:00:00.000Z').toLocaleString());
    expect(screen.getByRole('status').textContent).toMatch(/sign in before then to cancel/);
  });

  it('the layout shows the notice a page handed on', async () => {
    stub.rpc = () => ({ data: {} });
    const { router } = renderWithApp(<Layout />, { user: null, path: '/x', routePath: '/*' });
    expect(screen.queryByText('Welcome back.')).toBeNull();
    await act(() => router.navigate('/', { state: { notice: 'Welcome back.' } }));
    expect(within(screen.getByRole('main')).getByRole('status').textContent).toBe('Welcome back.');
  });

  it('shows wrong credentials as an alert', async () => {
    stub.rpc = () => ({ status: 401, error: { code: 1001, message: 'invalid credentials' } });
    renderWithApp(<SignInPage />, { user: null, path: '/sign-in', routePath: '/sign-in' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Username or email'), 'alice');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Wrong username, email or password.');
  });

  it('links to create an account', () => {
    renderWithApp(<SignInPage />, { user: null, path: '/sign-in', routePath: '/sign-in' });
    expect(screen.getByRole('link', { name: 'Create account' }).getAttribute('href')).toBe('/sign-up');
  });
});

describe('sign up', () => {
  it('registers and signs in', async () => {
    stub.rpc = () => ({ data: { user: alice, sessionToken: 't', requiresVerification: true } });
    const { router } = renderWithApp(<SignUpPage />, { user: null, path: '/sign-up', routePath: '/sign-up' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Username'), 'Alice');
    await user.type(screen.getByLabelText('Email'), 'alice@example.test');
    await user.type(screen.getByLabelText('Password'), 'Correct-Horse-42');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(stub.callsOf('auth.register')[0]!.input).toEqual({ username: 'alice', email: 'alice@example.test', password: 'Correct-Horse-42' });
  });

  it('shows the field the server refused next to it', async () => {
    stub.rpc = () => ({ status: 400, error: { code: 1401, message: 'username is taken', details: { field: 'username' } } });
    renderWithApp(<SignUpPage />, { user: null, path: '/sign-up', routePath: '/sign-up' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Email'), 'a@example.test');
    await user.type(screen.getByLabelText('Password'), 'Correct-Horse-42');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByText('username is taken');
    expect(screen.getByLabelText('Username').getAttribute('aria-invalid')).toBe('true');
  });

  it('asks to check the email when the instance signs nobody in before verification', async () => {
    stub.rpc = () => ({ data: { user: alice, sessionToken: null, requiresVerification: true } });
    renderWithApp(<SignUpPage />, { user: null, path: '/sign-up', routePath: '/sign-up' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Username'), 'alice');
    await user.type(screen.getByLabelText('Email'), 'alice@example.test');
    await user.type(screen.getByLabelText('Password'), 'Correct-Horse-42');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: 'Check your email' })).toBeTruthy();
  });
});

describe('emailed links', () => {
  it('verifies the email and removes the token from the address bar', async () => {
    window.history.replaceState(null, '', '/verify-email?token=tok-123&x=1');
    stub.rpc = () => ({ data: { user: alice } });
    renderWithApp(<VerifyEmailPage />, { user: null, path: '/verify-email', routePath: '/verify-email' });
    expect(window.location.search).toBe('?x=1');
    expect(await screen.findByText(/Your email is verified/)).toBeTruthy();
    expect(stub.callsOf('auth.verifyEmail').map((c) => c.input)).toEqual([{ token: 'tok-123' }]);
  });

  it('confirms an email change and removes the token from the address bar', async () => {
    window.history.replaceState(null, '', '/confirm-email?token=chg-1');
    stub.rpc = () => ({ data: { user: { ...alice, email: 'alice@new.example' } } });
    renderWithApp(<ConfirmEmailChangePage />, { user: null, path: '/confirm-email', routePath: '/confirm-email' });
    expect(window.location.search).toBe('');
    expect(await screen.findByText(/Your address is now alice@new\.example, and it is verified/)).toBeTruthy();
    expect(stub.callsOf('auth.confirmEmailChange').map((c) => c.input)).toEqual([{ token: 'chg-1' }]);
  });

  it('explains a spent or expired email-change link', async () => {
    window.history.replaceState(null, '', '/confirm-email?token=old');
    stub.rpc = () => ({ status: 401, error: { code: 1003, message: 'invalid token' } });
    renderWithApp(<ConfirmEmailChangePage />, { user: null, path: '/confirm-email', routePath: '/confirm-email' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/This link is not valid any more/);
  });

  it('resets the password with the token from the link', async () => {
    window.history.replaceState(null, '', '/reset-password?token=reset-9');
    stub.rpc = () => ({ data: {} });
    renderWithApp(<ResetPasswordPage />, { user: null, path: '/reset-password', routePath: '/reset-password' });
    expect(window.location.search).toBe('');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('New password'), 'Another-Horse-43');
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    await screen.findByText(/Your password was changed/);
    expect(stub.callsOf('auth.resetPassword')[0]!.input).toEqual({ token: 'reset-9', newPassword: 'Another-Horse-43' });
  });
});

describe('session', () => {
  function Who() {
    const { user, isLoading } = useSession();
    return <p>{isLoading ? 'loading' : user ? `signed in as ${user.username}` : 'signed out'}</p>;
  }

  it('does not ask the server on a signed-out visit (no 401 in the console)', async () => {
    localStorage.removeItem(SESSION_HINT_KEY);
    renderWithApp(<Who />);
    expect(await screen.findByText('signed out')).toBeTruthy();
    expect(stub.callsOf('auth.getSession')).toHaveLength(0);
  });

  it('asks the server once signed in, and forgets the mark when the session is gone', async () => {
    setSession(createQueryClient(), alice);
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
    stub.rpc = () => ({ data: { user: alice, session: { sessionId: 's1', createdAt: alice.createdAt, expiresAt: alice.createdAt } } });
    renderWithApp(<Who />);
    expect(await screen.findByText('signed in as alice')).toBeTruthy();
    cleanup();
    stub.rpc = () => ({ status: 401, error: { code: 1000, message: 'unauthorized' } });
    renderWithApp(<Who />);
    expect(await screen.findByText('signed out')).toBeTruthy();
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
    expect(stub.callsOf('auth.getSession')).toHaveLength(2);
  });
});

describe('forgetting a signed-out user', () => {
  it("drops the previous user's cached data and stream position when the session ends", () => {
    function Probe({ id }: { id: string | null }) {
      useForgetOnSignOut(id);
      return null;
    }
    const client = createQueryClient();
    client.setQueryData(['feed.getHome', { limit: 20 }, 'pages'], { pages: [], pageParams: [] });
    client.setQueryData(SESSION_KEY, alice);
    localStorage.setItem('vrss.lastEventId.u-alice', '9');
    let setId!: (id: string | null) => void;
    function Switch() {
      const [id, set] = useState<string | null>('u-alice');
      setId = set;
      return <Probe id={id} />;
    }
    renderWithApp(<Switch />, { client });
    expect(client.getQueryData(['feed.getHome', { limit: 20 }, 'pages'])).toBeTruthy();
    act(() => setId(null));
    expect(client.getQueryData(['feed.getHome', { limit: 20 }, 'pages'])).toBeUndefined();
    expect(client.getQueryData(SESSION_KEY)).toEqual(alice);
    expect(localStorage.getItem('vrss.lastEventId.u-alice')).toBeNull();
  });
});

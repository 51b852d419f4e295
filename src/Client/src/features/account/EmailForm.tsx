import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { isRpcError, rpc } from '../../api/rpc';
import type { SessionUser } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { PasswordError } from '../settings/PasswordSettings';

function EmailError({ error }: { error: unknown }) {
  if (isRpcError(error, 1402))
    return (
      <p role="alert" className="error">
        Another account uses that address.
      </p>
    );
  if (isRpcError(error, 1201))
    return (
      <p role="alert" className="error">
        That is already your address.
      </p>
    );
  return <PasswordError error={error} />;
}

/** While the address is unverified: auth.resendVerification. */
function ResendVerification({ email }: { email: string }) {
  const resend = useMutation({ mutationFn: () => rpc('auth.resendVerification') });
  return (
    <div className="unverified">
      <p>Your address is not verified yet.</p>
      <button type="button" className="secondary" disabled={resend.isPending} onClick={() => resend.mutate()}>
        Resend verification email
      </button>
      {resend.isSuccess ? <p role="status">A new verification link is on its way to {email}.</p> : null}
      {isRpcError(resend.error, 1400) ? <p role="status">Your address is already verified. Reload to see it.</p> : <ErrorMessage error={resend.error} />}
    </div>
  );
}

/** Settings › Account: auth.changeEmail. The address changes only when the link sent to the new one is opened. */
export function EmailForm({ user }: { user: SessionUser }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (newEmail: string) => rpc('auth.changeEmail', { newEmail, password }),
    onSuccess: (_data, newEmail) => {
      setSentTo(newEmail);
      setEmail('');
      setPassword('');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSentTo(null);
    change.reset();
    change.mutate(email.trim());
  };
  return (
    <form onSubmit={submit} className="settings-form narrow-form" aria-labelledby="account-email-title" noValidate>
      <h2 id="account-email-title">Email</h2>
      <p>
        Your address is <strong>{user.email}</strong>
        {user.emailVerified ? ' (verified).' : '.'}
      </p>
      {user.emailVerified ? null : <ResendVerification email={user.email} />}
      <Field label="New email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <Field label="Password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      <button type="submit" disabled={change.isPending || !email.trim() || !password}>
        Change email
      </button>
      {sentTo ? (
        <p role="status">
          Check your new address: we sent a link to {sentTo}. Your address changes when you open it; until then you sign in with the
          current one.
        </p>
      ) : null}
      <EmailError error={change.error} />
    </form>
  );
}

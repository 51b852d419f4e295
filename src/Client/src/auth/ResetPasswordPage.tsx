import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { isRpcError, rpc } from '../api/rpc';
import { Field } from '../components/Field';
import { ErrorMessage } from '../components/ErrorMessage';
import { useTokenFromUrl } from './useTokenFromUrl';
import { useTitle } from '../layout/useTitle';

export function ResetPasswordPage() {
  useTitle('Choose a new password');
  const token = useTokenFromUrl();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!token) return;
    setBusy(true);
    setError(null);
    try {
      await rpc('auth.resetPassword', { token, newPassword: password });
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow" aria-labelledby="page-title">
      <h1 id="page-title">Choose a new password</h1>
      {!token ? (
        <p role="alert" className="error">
          This link has no token. <Link to="/forgot-password">Ask for a new link</Link>.
        </p>
      ) : done ? (
        <p role="status">
          Your password was changed and your other sessions were signed out. <Link to="/sign-in">Sign in</Link>
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field
            label="New password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            hint="At least 12 characters, with 3 of: lower case, upper case, digit, symbol"
            error={isRpcError(error) && error.field === 'newPassword' ? error.message : undefined}
          />
          <ErrorMessage error={isRpcError(error) && error.field === 'newPassword' ? null : error} />
          <button type="submit" disabled={busy}>
            Set password
          </button>
        </form>
      )}
    </section>
  );
}

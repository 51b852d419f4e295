import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { rpc } from '../api/rpc';
import { Field } from '../components/Field';
import { ErrorMessage } from '../components/ErrorMessage';
import { useTitle } from '../layout/useTitle';

export function ForgotPasswordPage() {
  useTitle('Reset your password');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await rpc('auth.requestPasswordReset', { email: email.trim() });
      setSent(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow" aria-labelledby="page-title">
      <h1 id="page-title">Reset your password</h1>
      {sent ? (
        <p role="status">If an account uses {email}, we sent it a link to choose a new password.</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field label="Email" name="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          <ErrorMessage error={error} />
          <button type="submit" disabled={busy}>
            Send reset link
          </button>
        </form>
      )}
      <p>
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </section>
  );
}

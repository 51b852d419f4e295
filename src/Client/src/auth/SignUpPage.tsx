import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { isRpcError, rpc } from '../api/rpc';
import { Field } from '../components/Field';
import { ErrorMessage } from '../components/ErrorMessage';
import { setSession, useSession } from './session';
import { useTitle } from '../layout/useTitle';

export function SignUpPage() {
  useTitle('Create account');
  const { user } = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [checkEmail, setCheckEmail] = useState(false);

  if (user) return <Navigate to="/" replace />;

  const fieldError = (field: string) => (isRpcError(error) && error.field === field ? error.message : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const data = await rpc('auth.register', { username: username.trim().toLowerCase(), email: email.trim(), password });
      if (data.sessionToken === null) {
        // An owner-allowlisted instance signs nobody in before the email is proven.
        setCheckEmail(true);
      } else {
        setSession(client, data.user);
        navigate('/', { replace: true });
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (checkEmail) {
    return (
      <section className="narrow" aria-labelledby="page-title">
        <h1 id="page-title">Check your email</h1>
        <p>We sent a link to {email}. Open it to verify your address, then sign in.</p>
      </section>
    );
  }

  return (
    <section className="narrow" aria-labelledby="page-title">
      <h1 id="page-title">Create account</h1>
      <form onSubmit={submit} noValidate>
        <Field
          label="Username"
          name="username"
          autoComplete="username"
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          hint="3-30 characters: a-z, 0-9 and _"
          error={fieldError('username')}
        />
        <Field label="Email" name="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError('email')} />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          hint="At least 12 characters, with 3 of: lower case, upper case, digit, symbol"
          error={fieldError('password')}
        />
        <ErrorMessage error={isRpcError(error) && error.field ? null : error} />
        <button type="submit" disabled={busy}>
          Create account
        </button>
      </form>
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </section>
  );
}

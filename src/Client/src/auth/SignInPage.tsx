import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { isRpcError, rpc, type Input } from '../api/rpc';
import { Field } from '../components/Field';
import { ErrorMessage } from '../components/ErrorMessage';
import { setSession, useSession } from './session';
import { useTitle } from '../layout/useTitle';

type Step = 'password' | 'second-factor';

export function SignInPage() {
  useTitle('Sign in');
  const { user } = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const scheduled = (useLocation().state as { deletionScheduled?: string } | null)?.deletionScheduled;
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [step, setStep] = useState<Step>('password');
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // Set when this form signed in: its own navigation (which may carry a notice) goes home, not the redirect below.
  const signedInHere = useRef(false);

  if (user) return signedInHere.current ? null : <Navigate to="/" replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const input: Input<'auth.login'> = { login, password };
    if (step === 'second-factor') {
      if (useRecovery) input.recoveryCode = code.trim();
      else input.totpCode = code.trim();
    }
    try {
      const data = await rpc('auth.login', input);
      signedInHere.current = true;
      setSession(client, data.user);
      navigate('/', { replace: true, state: data.deletionCancelled ? { notice: 'Welcome back. Signing in cancelled the deletion of your account.' } : null });
    } catch (err) {
      if (step === 'password' && isRpcError(err, 1003)) {
        // Two-factor is on: the password was right, ask for the second factor.
        setStep('second-factor');
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrow" aria-labelledby="page-title">
      <h1 id="page-title">Sign in</h1>
      {scheduled ? (
        <p role="status" className="notice">
          Your account is deleted and you are signed out. Everything of it is removed for good on {new Date(scheduled).toLocaleString()}; sign in before then to
          cancel.
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        {step === 'password' ? (
          <>
            <Field label="Username or email" name="login" autoComplete="username" required value={login} onChange={(e) => setLogin(e.target.value)} />
            <Field label="Password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </>
        ) : (
          <>
            <p>Two-factor authentication is on for this account.</p>
            {useRecovery ? (
              <Field label="Recovery code" name="recoveryCode" autoComplete="off" required value={code} onChange={(e) => setCode(e.target.value)} autoFocus />
            ) : (
              <Field
                label="Authentication code"
                name="totpCode"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]{6}"
                maxLength={6}
                required
                value={code}
                onChange={(e) => setCode(e.target.value)}
                hint="The 6-digit code from your authenticator app"
                autoFocus
              />
            )}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setUseRecovery(!useRecovery);
                setCode('');
              }}
            >
              {useRecovery ? 'Use an authenticator code' : 'Use a recovery code'}
            </button>
          </>
        )}
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy}>
          {step === 'password' ? 'Sign in' : 'Verify'}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        New here? <Link to="/sign-up">Create account</Link>
      </p>
    </section>
  );
}

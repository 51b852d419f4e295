import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { rpc } from '../api/rpc';
import { ErrorMessage } from '../components/ErrorMessage';
import { useTokenFromUrl } from './useTokenFromUrl';
import { SESSION_KEY } from './session';
import { useTitle } from '../layout/useTitle';

export function VerifyEmailPage() {
  useTitle('Verify email');
  const token = useTokenFromUrl();
  const client = useQueryClient();
  const [state, setState] = useState<'working' | 'done' | 'failed'>(token ? 'working' : 'failed');
  const [error, setError] = useState<unknown>(token ? null : new Error('This link has no token. Open the link from the email again.'));
  const started = useRef(false);

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    rpc('auth.verifyEmail', { token })
      .then(() => {
        setState('done');
        void client.invalidateQueries({ queryKey: SESSION_KEY });
      })
      .catch((e: unknown) => {
        setError(e);
        setState('failed');
      });
  }, [token, client]);

  return (
    <section className="narrow" aria-labelledby="page-title">
      <h1 id="page-title">Verify email</h1>
      {state === 'working' ? <p role="status">Verifying your email…</p> : null}
      {state === 'done' ? (
        <p role="status">
          Your email is verified. <Link to="/">Continue</Link>
        </p>
      ) : null}
      {state === 'failed' ? <ErrorMessage error={error} /> : null}
    </section>
  );
}

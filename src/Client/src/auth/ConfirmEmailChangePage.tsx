import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { isRpcError, rpc } from '../api/rpc';
import { ErrorMessage } from '../components/ErrorMessage';
import { useTokenFromUrl } from './useTokenFromUrl';
import { SESSION_KEY } from './session';
import { useTitle } from '../layout/useTitle';

function ConfirmError({ error }: { error: unknown }) {
  if (isRpcError(error, 1003))
    return (
      <p role="alert" className="error">
        This link is not valid any more: it was used, has expired, or a newer change replaced it. Ask for a new one in Settings › Account.
      </p>
    );
  if (isRpcError(error, 1402))
    return (
      <p role="alert" className="error">
        Another account took that address meanwhile, so your address stays as it was.
      </p>
    );
  return <ErrorMessage error={error} />;
}

/** /confirm-email?token=…: the link sent to a new address by auth.changeEmail; redeems it once (auth.confirmEmailChange). */
export function ConfirmEmailChangePage() {
  useTitle('Confirm email change');
  const token = useTokenFromUrl();
  const client = useQueryClient();
  const [email, setEmail] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(token ? null : new Error('This link has no token. Open the link from the email again.'));
  const started = useRef(false);

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    rpc('auth.confirmEmailChange', { token })
      .then((data) => {
        setEmail(data.user.email);
        void client.invalidateQueries({ queryKey: SESSION_KEY });
      })
      .catch((e: unknown) => setError(e));
  }, [token, client]);

  return (
    <section className="narrow" aria-labelledby="page-title">
      <h1 id="page-title">Confirm email change</h1>
      {email === null && error === null ? <p role="status">Changing your address…</p> : null}
      {email !== null ? (
        <p role="status">
          Your address is now {email}, and it is verified. <Link to="/">Continue</Link>
        </p>
      ) : null}
      {error !== null ? <ConfirmError error={error} /> : null}
    </section>
  );
}

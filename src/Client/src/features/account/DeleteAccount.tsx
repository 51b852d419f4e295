import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { isRpcError, rpc, type Input } from '../../api/rpc';
import type { SessionUser } from '../../api/types';
import { forgetLocalSession } from '../../auth/forgetLocalSession';
import { Field } from '../../components/Field';
import { PasswordError } from '../settings/PasswordSettings';

function DeleteError({ error }: { error: unknown }) {
  if (isRpcError(error, 1003))
    return (
      <p role="alert" className="error">
        That code is not right, or was used already.
      </p>
    );
  return <PasswordError error={error} />;
}

/** The question asked before deleting: focus goes to it, Escape or "Keep my account" closes it. */
function ConfirmDelete({ busy, onConfirm, onCancel }: { busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onCancel();
  };
  return (
    <div role="alertdialog" aria-modal="false" aria-labelledby="delete-confirm-title" aria-describedby="delete-confirm-text" className="confirm-dialog" onKeyDown={onKeyDown}>
      <h3 id="delete-confirm-title">Delete your account?</h3>
      <p id="delete-confirm-text">You are signed out everywhere now, and everything of yours is removed for good after the grace period. Signing in before then cancels the deletion.</p>
      <div className="row">
        <button type="button" ref={confirm} className="danger-button" disabled={busy} onClick={onConfirm}>
          Delete my account
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Keep my account
        </button>
      </div>
    </div>
  );
}

/** Settings › Account: user.deleteAccount with the password (and a second factor when two-factor is on). */
export function DeleteAccount({ user }: { user: SessionUser }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [asking, setAsking] = useState(false);
  const remove = useMutation({
    mutationFn: () => {
      const input: Input<'user.deleteAccount'> = { password };
      const value = code.trim();
      // Six digits is an authenticator code; anything else is a recovery code (XXXX-XXXX-XXXX-XXXX).
      if (user.totpEnabled && value) {
        if (/^\d{3}\s?\d{3}$/.test(value)) input.totpCode = value.replace(/\s/g, '');
        else input.recoveryCode = value;
      }
      return rpc('user.deleteAccount', input);
    },
    onSuccess: (data) => {
      // The server revoked every session of the account, this one included.
      forgetLocalSession(client);
      navigate('/sign-in', { replace: true, state: { deletionScheduled: data.purgeAt } });
    },
    onError: () => setAsking(false),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    remove.reset();
    setAsking(true);
  };
  const ready = !!password && (!user.totpEnabled || !!code.trim());
  return (
    <form onSubmit={submit} className="settings-form narrow-form danger-zone" aria-labelledby="account-delete-title" noValidate>
      <h2 id="account-delete-title">Delete account</h2>
      <p>Your profile disappears at once. Your posts, comments, media and everything else are removed for good after a grace period; sign in before it ends to cancel.</p>
      <Field label="Password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      {user.totpEnabled ? (
        <Field label="Authenticator code or recovery code" autoComplete="one-time-code" required maxLength={40} value={code} onChange={(e) => setCode(e.target.value)} />
      ) : null}
      {asking ? (
        <ConfirmDelete busy={remove.isPending} onConfirm={() => remove.mutate()} onCancel={() => setAsking(false)} />
      ) : (
        <button type="submit" className="danger-button" disabled={!ready}>
          Delete account…
        </button>
      )}
      <DeleteError error={remove.error} />
    </form>
  );
}

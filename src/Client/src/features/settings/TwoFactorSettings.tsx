import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isRpcError, rpc, type Output } from '../../api/rpc';
import type { SessionUser } from '../../api/types';
import { SESSION_KEY } from '../../auth/session';
import { Field } from '../../components/Field';
import { PasswordError } from './PasswordSettings';
import { QrCode } from './QrCode';
import { RecoveryCodes } from './RecoveryCodes';

type Setup = Output<'auth.enableTotp'>;

const groups = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

function CodeError({ error }: { error: unknown }) {
  if (isRpcError(error, 1003))
    return (
      <p role="alert" className="error">
        That code is not right. Check your device's clock and try the newest code.
      </p>
    );
  return <PasswordError error={error} />;
}

/** Off: password, then a QR code of the otpauth URI and the confirming code; answers the recovery codes. */
function TurnOn({ onCodes }: { onCodes: (codes: string[]) => void }) {
  const client = useQueryClient();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [setup, setSetup] = useState<Setup | null>(null);
  const start = useMutation({
    mutationFn: () => rpc('auth.enableTotp', { password }),
    onSuccess: (data) => {
      setPassword('');
      setSetup(data);
    },
    onError: (e) => {
      if (isRpcError(e, 1400)) void client.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
  const confirm = useMutation({
    mutationFn: () => rpc('auth.confirmTotp', { code: code.replace(/\s/g, '') }),
    onSuccess: (data) => {
      onCodes(data.recoveryCodes);
      void client.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
  if (!setup) {
    const submit = (e: FormEvent) => {
      e.preventDefault();
      start.mutate();
    };
    return (
      <form onSubmit={submit} className="settings-form narrow-form" aria-labelledby="totp-off-title">
        <h3 id="totp-off-title">Two-factor authentication is off</h3>
        <p>Add a code from an authenticator app to each sign-in. Enter your password to begin.</p>
        <Field label="Password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" disabled={start.isPending || !password}>
          Set up two-factor
        </button>
        <PasswordError error={start.error} />
      </form>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate();
  };
  return (
    <form onSubmit={submit} className="settings-form narrow-form" aria-labelledby="totp-setup-title">
      <h3 id="totp-setup-title">Scan the code</h3>
      <ol className="steps">
        <li>Open your authenticator app and scan this QR code.</li>
        <li>Enter the 6-digit code it shows.</li>
      </ol>
      <QrCode text={setup.otpauthUri} label="QR code to add VRSS to your authenticator app" />
      <p>
        Cannot scan? Enter this key instead: <code className="secret">{groups(setup.secret)}</code>
      </p>
      <Field
        label="6-digit code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]{6,7}"
        maxLength={7}
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <div className="row">
        <button type="submit" disabled={confirm.isPending || code.replace(/\s/g, '').length !== 6}>
          Turn on two-factor
        </button>
        <button type="button" className="secondary" onClick={() => setSetup(null)}>
          Cancel
        </button>
      </div>
      <CodeError error={confirm.error} />
    </form>
  );
}

/** On: regenerate the recovery codes, or turn two-factor off with a code or a recovery code. */
function TurnedOn({ onCodes }: { onCodes: (codes: string[]) => void }) {
  const client = useQueryClient();
  const [regenPassword, setRegenPassword] = useState('');
  const [offPassword, setOffPassword] = useState('');
  const [offCode, setOffCode] = useState('');
  const regenerate = useMutation({
    mutationFn: () => rpc('auth.regenerateRecoveryCodes', { password: regenPassword }),
    onSuccess: (data) => {
      setRegenPassword('');
      onCodes(data.recoveryCodes);
    },
  });
  const disable = useMutation({
    mutationFn: () => {
      const value = offCode.trim();
      // Six digits is an authenticator code; anything else is a recovery code (XXXX-XXXX-XXXX-XXXX).
      return /^\d{3}\s?\d{3}$/.test(value)
        ? rpc('auth.disableTotp', { password: offPassword, code: value.replace(/\s/g, '') })
        : rpc('auth.disableTotp', { password: offPassword, recoveryCode: value });
    },
    onSuccess: () => {
      setOffPassword('');
      setOffCode('');
      void client.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
  return (
    <>
      <p role="status" className="on-badge">
        Two-factor authentication is on.
      </p>
      <form
        className="settings-form narrow-form"
        aria-labelledby="totp-regen-title"
        onSubmit={(e) => {
          e.preventDefault();
          regenerate.mutate();
        }}
      >
        <h3 id="totp-regen-title">New recovery codes</h3>
        <p>Makes ten new codes; the old ones stop working.</p>
        <Field label="Password" type="password" autoComplete="current-password" required value={regenPassword} onChange={(e) => setRegenPassword(e.target.value)} />
        <button type="submit" disabled={regenerate.isPending || !regenPassword}>
          Regenerate recovery codes
        </button>
        <PasswordError error={regenerate.error} />
      </form>
      <form
        className="settings-form narrow-form"
        aria-labelledby="totp-disable-title"
        onSubmit={(e) => {
          e.preventDefault();
          disable.mutate();
        }}
      >
        <h3 id="totp-disable-title">Turn off two-factor</h3>
        <Field label="Password" type="password" autoComplete="current-password" required value={offPassword} onChange={(e) => setOffPassword(e.target.value)} />
        <Field
          label="Authenticator code or recovery code"
          autoComplete="one-time-code"
          required
          maxLength={40}
          value={offCode}
          onChange={(e) => setOffCode(e.target.value)}
        />
        <button type="submit" className="danger-button" disabled={disable.isPending || !offPassword || !offCode.trim()}>
          Turn off two-factor
        </button>
        <CodeError error={disable.error} />
      </form>
    </>
  );
}

/** Settings › Two-factor: TOTP setup with a QR code, recovery codes shown once, regenerate, turn off. */
export function TwoFactorSettings({ user }: { user: SessionUser }) {
  const [codes, setCodes] = useState<string[] | null>(null);
  return (
    <section aria-labelledby="settings-2fa-title">
      <h2 id="settings-2fa-title">Two-factor authentication</h2>
      {codes ? <RecoveryCodes codes={codes} onDone={() => setCodes(null)} /> : user.totpEnabled ? <TurnedOn onCodes={setCodes} /> : <TurnOn onCodes={setCodes} />}
    </section>
  );
}

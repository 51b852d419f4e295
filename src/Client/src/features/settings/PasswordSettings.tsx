import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isRpcError, rpc } from '../../api/rpc';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';

const MIN = 12;

/** A wrong current password reads better than the sign-in wording of code 1001. */
export function PasswordError({ error }: { error: unknown }) {
  if (isRpcError(error, 1001))
    return (
      <p role="alert" className="error">
        The password is wrong.
      </p>
    );
  return <ErrorMessage error={error} />;
}

/** Settings › Password: auth.changePassword (the server signs out every other session). */
export function PasswordSettings() {
  const client = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: () => rpc('auth.changePassword', { currentPassword: current, newPassword: next }),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setAgain('');
      void client.invalidateQueries({ queryKey: ['auth.listSessions'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    change.reset();
    if (next.length < MIN) return setProblem(`The new password needs at least ${MIN} characters.`);
    if (next !== again) return setProblem('The two new passwords differ.');
    change.mutate();
  };
  return (
    <form onSubmit={submit} className="settings-form narrow-form" aria-labelledby="settings-password-title" noValidate>
      <h2 id="settings-password-title">Change password</h2>
      <Field label="Current password" type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN}
        maxLength={128}
        hint="12 to 128 characters, with at least three of: lower case, upper case, digits, symbols."
        value={next}
        onChange={(e) => setNext(e.target.value)}
      />
      <Field label="Confirm new password" type="password" autoComplete="new-password" required value={again} onChange={(e) => setAgain(e.target.value)} />
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
      <button type="submit" disabled={change.isPending || !current || !next}>
        Change password
      </button>
      {change.isSuccess ? <p role="status">Password changed. Your other sessions were signed out.</p> : null}
      <PasswordError error={change.error} />
    </form>
  );
}

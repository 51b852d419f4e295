import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isRpcError, rpc } from '../../api/rpc';
import type { SessionUser } from '../../api/types';
import { SESSION_KEY } from '../../auth/session';
import { Field } from '../../components/Field';
import { PasswordError } from '../settings/PasswordSettings';

const USERNAME = /^[a-z0-9_]{3,30}$/;

function UsernameError({ error }: { error: unknown }) {
  if (isRpcError(error, 1401))
    return (
      <p role="alert" className="error">
        That username is taken.
      </p>
    );
  return <PasswordError error={error} />;
}

/** Settings › Account: user.changeUsername (the old name stays reserved for this account for 30 days). */
export function UsernameForm({ user }: { user: SessionUser }) {
  const client = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [changedTo, setChangedTo] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (name: string) => rpc('user.changeUsername', { username: name, password }),
    onSuccess: (_data, name) => {
      setChangedTo(name);
      setUsername('');
      setPassword('');
      client.setQueryData<SessionUser | null>(SESSION_KEY, (u) => (u ? { ...u, username: name } : u));
      void client.invalidateQueries({ queryKey: SESSION_KEY });
      void client.invalidateQueries({ queryKey: ['user.getProfile'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setChangedTo(null);
    change.reset();
    const name = username.trim().toLowerCase();
    if (!USERNAME.test(name)) return setProblem('A username has 3 to 30 characters: a to z, 0 to 9 and _.');
    if (name === user.username) return setProblem('That is already your username.');
    change.mutate(name);
  };
  return (
    <form onSubmit={submit} className="settings-form narrow-form" aria-labelledby="account-username-title" noValidate>
      <h2 id="account-username-title">Username</h2>
      <p>
        Your username is <strong>@{user.username}</strong>. After a change, the old one stays yours for 30 days and links to it
        still find you.
      </p>
      <Field label="New username" autoComplete="username" required minLength={3} maxLength={30} value={username} onChange={(e) => setUsername(e.target.value)} />
      <Field label="Password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
      <button type="submit" disabled={change.isPending || !username.trim() || !password}>
        Change username
      </button>
      {changedTo ? <p role="status">Your username is now @{changedTo}.</p> : null}
      <UsernameError error={change.error} />
    </form>
  );
}

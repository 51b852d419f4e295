import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { rpc } from '../../api/rpc';
import { ErrorMessage } from '../../components/ErrorMessage';

/** "Connect": sends a connection request (social.requestConnection) with an optional message. */
export function ConnectButton({ username }: { username: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const send = useMutation({
    mutationFn: () => rpc('social.requestConnection', message.trim() ? { username, message: message.trim() } : { username }),
    onSuccess: () => setOpen(false),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  if (send.isSuccess) return <p role="status" className="muted">Connection requested</p>;
  if (!open)
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        Connect
      </button>
    );
  return (
    <form className="connect-form" onSubmit={submit}>
      <label htmlFor={id}>Message (optional)</label>
      <textarea id={id} rows={2} maxLength={500} value={message} onChange={(e) => setMessage(e.target.value)} />
      <div className="row">
        <button type="submit" disabled={send.isPending}>
          Send request
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      <ErrorMessage error={send.error} />
    </form>
  );
}

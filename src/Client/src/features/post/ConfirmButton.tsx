import { useState } from 'react';

interface ConfirmButtonProps {
  /** The first button's text, e.g. "Delete post". */
  label: string;
  /** The question shown in place of it, e.g. "Delete this post?". */
  question: string;
  /** The confirming button's text. */
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
}

/** A destructive action asked twice, in the page (no `window.confirm`, which blocks and is unstyled). */
export function ConfirmButton({ label, question, confirmLabel, busy, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="link-button danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button type="button" className="danger-button" disabled={busy} onClick={onConfirm} autoFocus>
        {confirmLabel}
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}

import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { rpc, type Input } from '../../api/rpc';
import { ErrorMessage } from '../../components/ErrorMessage';

export type ReportTarget = { postId: string } | { commentId: string } | { username: string };

export const REPORT_CATEGORIES = [
  { value: 'spam', label: 'Spam' },
  { value: 'harassment', label: 'Harassment' },
  { value: 'illegal', label: 'Illegal content' },
  { value: 'other', label: 'Something else' },
] as const;

type Category = (typeof REPORT_CATEGORIES)[number]['value'];

const NOUN = (target: ReportTarget) => ('postId' in target ? 'post' : 'commentId' in target ? 'comment' : 'profile');

/**
 * "Report" on a post, a comment or a profile (moderation.report): a small dialog asking a category and an optional
 * comment. Escape or Cancel closes it and gives the focus back to the button.
 */
export function ReportButton({ target, label }: { target: ReportTarget; label?: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [category, setCategory] = useState<Category>('spam');
  const [comment, setComment] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const send = useMutation({
    mutationFn: () => {
      const input = { ...target, category, ...(comment.trim() ? { comment: comment.trim() } : {}) } as Input<'moderation.report'>;
      return rpc('moderation.report', input);
    },
    onSuccess: () => setOpen(false),
  });
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const noun = NOUN(target);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') setOpen(false);
  };
  return (
    <span className="report">
      <button
        type="button"
        ref={button}
        className="link-button"
        aria-expanded={open}
        onClick={() => {
          send.reset();
          setOpen(true);
        }}
      >
        {label ?? `Report ${noun}`}
      </button>
      {send.isSuccess ? (
        <span role="status" className="muted">
          {' '}
          Reported. Thank you; moderators will look at it.
        </span>
      ) : null}
      {open ? (
        <form role="dialog" aria-labelledby={`${id}-title`} className="report-dialog" onSubmit={submit} onKeyDown={onKeyDown}>
          <h3 id={`${id}-title`}>Report this {noun}</h3>
          <div className="field">
            <label htmlFor={`${id}-category`}>Reason</label>
            <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value as Category)} autoFocus>
              {REPORT_CATEGORIES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-comment`}>Details for the moderators (optional)</label>
            <textarea id={`${id}-comment`} rows={3} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} />
          </div>
          <div className="row">
            <button type="submit" disabled={send.isPending}>
              Send report
            </button>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
          <ErrorMessage error={send.error} />
        </form>
      ) : null}
    </span>
  );
}

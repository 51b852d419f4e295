import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rpc, type Output } from '../../api/rpc';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RelativeTime } from '../../components/RelativeTime';
import { REPORT_CATEGORIES } from './ReportButton';

export type Report = Output<'admin.listReports'>['items'][number];

export const RESOLUTIONS = [
  { value: 'none', label: 'No action' },
  { value: 'remove_content', label: 'Remove the content' },
  { value: 'silence', label: 'Silence the account' },
  { value: 'suspend', label: 'Suspend the account' },
] as const;

type Action = (typeof RESOLUTIONS)[number]['value'];

const categoryLabel = (c: string) => REPORT_CATEGORIES.find((x) => x.value === c)?.label ?? c;
const actionLabel = (a: string) => RESOLUTIONS.find((x) => x.value === a)?.label ?? a;

function targetLink(report: Report): { to: string; text: string } | null {
  const t = report.target;
  if (t.kind === 'post') return { to: `/p/${t.id}`, text: 'the post' };
  if (t.kind === 'user') return { to: `/u/${t.user.username}`, text: `@${t.user.username}` };
  return null;
}

/** One report in the moderation queue: what was reported and why, and the staff's actions on it. */
export function ReportCard({ report, meId }: { report: Report; meId: string }) {
  const id = useId();
  const client = useQueryClient();
  const [action, setAction] = useState<Action>('none');
  const [reason, setReason] = useState('');
  const refresh = () => void client.invalidateQueries({ queryKey: ['admin.listReports'] });
  const assign = useMutation({ mutationFn: () => rpc('admin.assignReport', { reportId: report.id }), onSuccess: refresh });
  const reopen = useMutation({ mutationFn: () => rpc('admin.reopenReport', { reportId: report.id }), onSuccess: refresh });
  const resolve = useMutation({
    mutationFn: () => rpc('admin.resolveReport', { reportId: report.id, action, reason: reason.trim() }),
    onSuccess: () => {
      setReason('');
      refresh();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    resolve.mutate();
  };
  const link = targetLink(report);
  const who = report.target.user;
  return (
    <article className="report-card" aria-label={`Report ${report.id}: ${categoryLabel(report.category)} (${report.target.kind})`}>
      <header className="report-header">
        <strong>{categoryLabel(report.category)}</strong> · {report.target.kind}
        {who ? (
          <>
            {' by '}
            <Link to={`/u/${who.username}`}>@{who.username}</Link>
          </>
        ) : null}{' '}
        · reported by <Link to={`/u/${report.reporter.username}`}>@{report.reporter.username}</Link> <RelativeTime iso={report.createdAt} />
        <span className={`report-status ${report.status}`}> · {report.status === 'open' ? 'Open' : 'Resolved'}</span>
      </header>
      {report.target.excerpt ? <blockquote className="report-excerpt">{report.target.excerpt}</blockquote> : null}
      {link ? (
        <p>
          <Link to={link.to}>Open {link.text}</Link>
        </p>
      ) : null}
      {report.comment ? <p className="report-comment">“{report.comment}”</p> : null}
      <p className="muted">{report.assignee ? `Assigned to @${report.assignee.username}` : 'Not assigned'}</p>
      {report.resolution ? (
        <p className="report-resolution">
          {actionLabel(report.resolution.action)} by @{report.resolution.by.username} <RelativeTime iso={report.resolution.at} />: {report.resolution.reason}
        </p>
      ) : null}
      <div className="row">
        {report.status === 'open' && report.assignee?.id !== meId ? (
          <button type="button" className="secondary" disabled={assign.isPending} onClick={() => assign.mutate()}>
            Assign to me
          </button>
        ) : null}
        {report.status === 'resolved' ? (
          <button type="button" className="secondary" disabled={reopen.isPending} onClick={() => reopen.mutate()}>
            Reopen
          </button>
        ) : null}
      </div>
      {report.status === 'open' ? (
        <form className="resolve-form" onSubmit={submit} aria-label={`Resolve report ${report.id}`}>
          <div className="field">
            <label htmlFor={`${id}-action`}>Action</label>
            <select id={`${id}-action`} value={action} onChange={(e) => setAction(e.target.value as Action)}>
              {/* A report of a user has no content of its own to remove. */}
              {RESOLUTIONS.filter((r) => r.value !== 'remove_content' || report.target.kind !== 'user').map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-reason`}>Reason</label>
            <textarea id={`${id}-reason`} rows={2} maxLength={1000} required value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit" disabled={resolve.isPending || !reason.trim()}>
            Resolve
          </button>
        </form>
      ) : null}
      <ErrorMessage error={assign.error ?? reopen.error ?? resolve.error} />
    </article>
  );
}

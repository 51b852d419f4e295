import { useState } from 'react';
import { Navigate } from 'react-router-dom';
import { useInfiniteQuery } from '@tanstack/react-query';
import { rpcInfinite } from '../api/queries';
import type { Input } from '../api/rpc';
import { useSession } from '../auth/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { InfiniteList } from '../components/InfiniteList';
import { useTitle } from '../layout/useTitle';
import { REPORT_CATEGORIES } from '../features/moderation/ReportButton';
import { ReportCard } from '../features/moderation/ReportCard';
import '../features/social/social.css';
import '../features/moderation/moderation.css';

export const isStaff = (role: string | undefined) => role === 'moderator' || role === 'admin';

/** /moderation (moderators and admins): the report queue with its filters. */
export default function ModerationPage() {
  useTitle('Moderation');
  const { user } = useSession();
  const [status, setStatus] = useState<'open' | 'resolved' | ''>('open');
  const [category, setCategory] = useState('');
  const [mine, setMine] = useState(false);
  const filters = {
    limit: 20,
    ...(status ? { status } : {}),
    ...(category ? { category } : {}),
    ...(mine ? { assignedToMe: true } : {}),
  } as Omit<Input<'admin.listReports'>, 'cursor'>;
  const query = useInfiniteQuery({ ...rpcInfinite('admin.listReports', filters), enabled: !!user && isStaff(user.role) });
  if (!user) return null;
  if (!isStaff(user.role)) return <Navigate to="/" replace />;
  const reports = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="page-title" className="moderation-page">
      <h1 id="page-title">Moderation</h1>
      <form className="report-filters" aria-label="Filter reports" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="report-status">Status</label>
          <select id="report-status" value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
            <option value="open">Open</option>
            <option value="resolved">Resolved</option>
            <option value="">All</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-category">Category</label>
          <select id="report-category" value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">All</option>
            {REPORT_CATEGORIES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field check">
          <label>
            <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} /> Assigned to me
          </label>
        </div>
      </form>
      {query.isError && reports.length === 0 ? <ErrorMessage error={query.error} /> : null}
      <InfiniteList label="Reports" hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onMore={() => void query.fetchNextPage()}>
        {reports.map((r) => (
          <ReportCard key={r.id} report={r} meId={user.id} />
        ))}
        {query.isPending ? <p role="status">Loading…</p> : null}
        {query.isSuccess && reports.length === 0 ? <p className="empty">No reports here.</p> : null}
      </InfiniteList>
    </section>
  );
}

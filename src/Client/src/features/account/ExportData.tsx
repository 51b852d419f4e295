import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { rpc, type Output } from '../../api/rpc';
import { ErrorMessage } from '../../components/ErrorMessage';

type Export = Output<'user.getExport'>['export'];

/** How often a pending export is asked about again. */
export const EXPORT_POLL_MS = 1000;

const exportKey = (exportId: string) => ['user.getExport', { exportId }] as const;

function size(bytes: number | null): string {
  if (bytes === null) return '';
  if (bytes < 1024) return ` (${bytes} bytes)`;
  if (bytes < 1024 * 1024) return ` (${(bytes / 1024).toFixed(1)} KB)`;
  return ` (${(bytes / 1024 / 1024).toFixed(1)} MB)`;
}

function ExportStatus({ exportId }: { exportId: string }) {
  const query = useQuery({
    queryKey: exportKey(exportId),
    queryFn: async ({ signal }) => (await rpc('user.getExport', { exportId }, { signal })).export,
    // Asks again only while the archive is being built; a ready, failed or expired export is final.
    refetchInterval: (q) => (q.state.data?.status === 'pending' ? EXPORT_POLL_MS : false),
    refetchIntervalInBackground: true,
  });
  const current: Export | undefined = query.data;
  if (!current) return query.isError ? <ErrorMessage error={query.error} /> : <p role="status">Preparing your archive…</p>;
  switch (current.status) {
    case 'ready':
      return (
        <p role="status">
          Your archive is ready{size(current.size)}:{' '}
          <a href={current.downloadUrl ?? '#'} download>
            Download your data
          </a>
          . The link works until {new Date(current.expiresAt).toLocaleString()}.
        </p>
      );
    case 'failed':
      return (
        <p role="alert" className="error">
          The archive could not be made. Try again.
        </p>
      );
    case 'expired':
      return <p role="status">That archive has expired. Export again for a fresh one.</p>;
    default:
      return <p role="status">Preparing your archive… This page updates by itself when it is ready.</p>;
  }
}

/** Settings › Account: user.exportData, then user.getExport until the archive is ready, then a download link. */
export function ExportData() {
  const client = useQueryClient();
  const [exportId, setExportId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => rpc('user.exportData'),
    onSuccess: (data) => {
      client.setQueryData(exportKey(data.export.id), data.export);
      setExportId(data.export.id);
    },
  });
  return (
    <section className="settings-form narrow-form" aria-labelledby="account-export-title">
      <h2 id="account-export-title">Export your data</h2>
      <p>A zip of your profile, posts, comments, reactions, follows, connections, notifications and media files.</p>
      <button type="button" disabled={start.isPending} onClick={() => start.mutate()}>
        Export my data
      </button>
      <ErrorMessage error={start.error} />
      {exportId ? <ExportStatus exportId={exportId} /> : null}
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { rpc } from '../api/rpc';

export const STORAGE_USAGE_KEY = ['media.getStorageUsage'] as const;

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/** How much of the user's media quota is used (reserved bytes of running uploads count too). */
export function StorageMeter() {
  const { data } = useQuery({ queryKey: STORAGE_USAGE_KEY, queryFn: () => rpc('media.getStorageUsage') });
  if (!data) return null;
  const taken = data.used + data.reserved;
  return (
    <div className="storage-meter">
      <meter id="storage-meter" min={0} max={data.limit} value={taken} low={data.limit * 0.7} high={data.limit * 0.9} optimum={0} aria-label="Storage used" />
      <small>
        {formatBytes(taken)} of {formatBytes(data.limit)} used
      </small>
    </div>
  );
}

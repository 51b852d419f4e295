import { useSyncExternalStore } from 'react';

const formatter = typeof Intl !== 'undefined' && 'RelativeTimeFormat' in Intl ? new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }) : null;

function relative(iso: string, now: number): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (!formatter) return new Date(iso).toLocaleString();
  if (abs < 60) return formatter.format(seconds, 'second');
  if (abs < 3600) return formatter.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return formatter.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86400) return formatter.format(Math.round(seconds / 86400), 'day');
  return new Date(iso).toLocaleDateString();
}

// One clock for every time on screen, ticking while anything shows one.
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => {
    now = Date.now();
    for (const l of listeners) l();
  }, 30_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

export function RelativeTime({ iso }: { iso: string }) {
  // The tick only re-renders; the text uses the real time, so a post that just arrived never reads "in 20 seconds".
  useSyncExternalStore(subscribe, () => now);
  return (
    <time dateTime={iso} title={new Date(iso).toLocaleString()}>
      {relative(iso, Date.now())}
    </time>
  );
}

import { useEffect, useRef, type ReactNode } from 'react';

interface InfiniteListProps {
  children: ReactNode;
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
  /** Accessible name of the list (a `feed` region). */
  label: string;
}

/** A feed that asks for the next cursor page when its end scrolls into view (and offers a button too). */
export function InfiniteList({ children, hasMore, loading, onMore, label }: InfiniteListProps) {
  const sentinel = useRef<HTMLDivElement>(null);
  const more = useRef(onMore);
  more.current = onMore;
  useEffect(() => {
    const el = sentinel.current;
    if (!el || !hasMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) more.current();
    }, { rootMargin: '400px 0px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasMore]);
  return (
    <div role="feed" aria-label={label} aria-busy={loading}>
      {children}
      <div ref={sentinel} className="list-end">
        {hasMore ? (
          <button type="button" className="secondary" onClick={onMore} disabled={loading}>
            {loading ? 'Loading…' : 'Load more'}
          </button>
        ) : null}
      </div>
    </div>
  );
}

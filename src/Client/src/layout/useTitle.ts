import { useEffect } from 'react';

/** Sets the tab's title to "<page> · VRSS" while the page is shown. */
export function useTitle(page: string): void {
  useEffect(() => {
    document.title = page ? `${page} · VRSS` : 'VRSS';
  }, [page]);
}

import { useState } from 'react';

/**
 * Reads `?token=` once and removes it from the address bar at once, so it stays out of history,
 * bookmarks and the Referer of later requests.
 */
export function useTokenFromUrl(): string | null {
  const [token] = useState(() => {
    const url = new URL(window.location.href);
    const value = url.searchParams.get('token');
    if (value !== null) {
      url.searchParams.delete('token');
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    }
    return value;
  });
  return token;
}

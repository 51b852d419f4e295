import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { onlineManager } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { App } from './App';
import { CACHE_BUSTER, createPersister, createQueryClient, PERSIST_MAX_AGE } from './queryClient';
import { rpcInfinite } from './api/queries';
import { hasSessionHint } from './auth/session';
import './styles.css';

// TanStack Query assumes online until an event says otherwise; a page opened offline should not try (and log
// failed requests), it should show the persisted cache and wait for the 'online' event.
onlineManager.setOnline(navigator.onLine);
const queryClient = createQueryClient();
const persister = createPersister();

// The home feed is the first screen of a signed-in member: ask for it alongside the session, not after it.
if (window.location.pathname === '/' && hasSessionHint() && navigator.onLine) {
  void queryClient.prefetchInfiniteQuery(rpcInfinite('feed.getHome', { limit: 20 }));
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PersistQueryClientProvider
      client={queryClient}
      persistOptions={{
        persister,
        maxAge: PERSIST_MAX_AGE,
        buster: CACHE_BUSTER,
        dehydrateOptions: { shouldDehydrateQuery: (q) => q.state.status === 'success' },
      }}
    >
      <App />
    </PersistQueryClientProvider>
  </StrictMode>,
);

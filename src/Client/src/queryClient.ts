import { QueryClient } from '@tanstack/react-query';
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import { createStore, del, get, set } from 'idb-keyval';
import { isRpcError } from './api/rpc';

/** Bump when cached data would no longer fit the screens (a persisted cache of another version is dropped). */
export const CACHE_BUSTER = 'vrss-1';
export const PERSIST_MAX_AGE = 7 * 24 * 60 * 60 * 1000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Kept long enough to be persisted and shown offline.
        gcTime: PERSIST_MAX_AGE,
        // A refusal from the API is an answer; retry only when the API was not reached.
        retry: (count, error) => !isRpcError(error) && count < 2,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}

/** The query cache lives in IndexedDB (database `vrss-cache`), so feeds, profiles and notifications show offline. */
export function createPersister() {
  const store = createStore('vrss-cache', 'queries');
  return createAsyncStoragePersister({
    storage: {
      getItem: (key: string) => get<string>(key, store).then((v) => v ?? null),
      setItem: (key: string, value: string) => set(key, value, store),
      removeItem: (key: string) => del(key, store),
    },
    key: 'vrss-query-cache',
    // Short, so what was just seen is on disk even when the page is closed or reloaded right after.
    throttleTime: 100,
  });
}

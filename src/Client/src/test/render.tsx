import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { createQueryClient } from '../queryClient';
import { SESSION_KEY } from '../auth/session';
import type { SessionUser } from '../api/types';

/** Renders an element inside a router and a fresh query client; `user` seeds the session (null: signed out). */
export function renderWithApp(element: ReactElement, options: { user?: SessionUser | null; path?: string; routePath?: string; client?: QueryClient } = {}) {
  const client = options.client ?? createQueryClient();
  if (options.user !== undefined) client.setQueryData(SESSION_KEY, options.user);
  const router = createMemoryRouter(
    [
      { path: options.routePath ?? '/', element },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [options.path ?? '/'] },
  );
  const result = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, client, router };
}

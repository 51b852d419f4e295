import { lazy, Suspense, useState } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider } from 'react-router-dom';
import { Layout } from './layout/Layout';
import { useSession } from './auth/session';
import { SignInPage } from './auth/SignInPage';
import { SignUpPage } from './auth/SignUpPage';
import { VerifyEmailPage } from './auth/VerifyEmailPage';
import { ConfirmEmailChangePage } from './auth/ConfirmEmailChangePage';
import { ResetPasswordPage } from './auth/ResetPasswordPage';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage';
import { HomePage } from './feed/HomePage';
import { DiscoverPage } from './feed/DiscoverPage';
import { NotFoundPage } from './layout/NotFoundPage';

// Pages away from the first screen load on demand, keeping the first-load JS small.
const PostPage = lazy(() => import('./pages/PostPage'));
const ProfilePage = lazy(() => import('./pages/ProfilePage'));
const FollowListPage = lazy(() => import('./pages/FollowListPage'));
const ConnectionsPage = lazy(() => import('./pages/ConnectionsPage'));
const SearchPage = lazy(() => import('./pages/SearchPage'));
const NotificationsPage = lazy(() => import('./pages/NotificationsPage'));
const SettingsPage = lazy(() => import('./pages/SettingsPage'));
const ModerationPage = lazy(() => import('./pages/ModerationPage'));

/** Routes that need a session send a signed-out visitor to sign in. */
function RequireSession() {
  const { user, isLoading } = useSession();
  if (isLoading) return <p role="status">Loading…</p>;
  if (!user) return <Navigate to="/sign-in" replace />;
  return <Outlet />;
}

function Lazy() {
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <Outlet />
    </Suspense>
  );
}

export const routes = [
  {
    element: <Layout />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/sign-up', element: <SignUpPage /> },
      { path: '/verify-email', element: <VerifyEmailPage /> },
      { path: '/confirm-email', element: <ConfirmEmailChangePage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/discover', element: <DiscoverPage /> },
      {
        element: <Lazy />,
        children: [
          { path: '/p/:postId', element: <PostPage /> },
          { path: '/u/:username', element: <ProfilePage /> },
          { path: '/u/:username/followers', element: <FollowListPage /> },
          { path: '/u/:username/following', element: <FollowListPage /> },
          { path: '/search', element: <SearchPage /> },
          {
            element: <RequireSession />,
            children: [
              { path: '/connections', element: <ConnectionsPage /> },
              { path: '/notifications', element: <NotificationsPage /> },
              { path: '/settings/*', element: <SettingsPage /> },
              { path: '/moderation', element: <ModerationPage /> },
            ],
          },
        ],
      },
      { element: <RequireSession />, children: [{ path: '/', element: <HomePage /> }] },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function App() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}

import { Outlet, useLocation } from 'react-router-dom';
import { Header } from './Header';
import { StatusBar } from './StatusBar';
import { useSession } from '../auth/session';
import { LiveConnection } from '../live/LiveConnection';
import { OutboxRunner } from '../outbox/OutboxRunner';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { useRouteFocus } from './useRouteFocus';
import { useForgetOnSignOut } from '../auth/useForgetOnSignOut';

export function Layout() {
  const { user } = useSession();
  // A one-off message a page hands to the next one in the navigation's state (e.g. "your deletion was cancelled").
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  useRouteFocus();
  useForgetOnSignOut(user?.id ?? (user === null ? null : undefined));
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header user={user ?? null} />
      <StatusBar />
      <UpdatePrompt />
      {user ? <LiveConnection userId={user.id} /> : null}
      {user ? <OutboxRunner userId={user.id} /> : null}
      <main id="main" tabIndex={-1}>
        {notice ? (
          <p role="status" className="notice">
            {notice}
          </p>
        ) : null}
        <Outlet />
      </main>
    </>
  );
}

import { Link, NavLink, useLocation } from 'react-router-dom';
import type { SessionUser } from '../api/types';
import { useUnreadCount } from '../notifications/unread';
import { SearchBox } from './SearchBox';
import { SignOutButton } from '../auth/SignOutButton';

export function Header({ user }: { user: SessionUser | null }) {
  const unread = useUnreadCount(user !== null);
  // The sign-in and sign-up pages link to each other themselves; one link of each name per page.
  const onAuthPage = ['/sign-in', '/sign-up'].includes(useLocation().pathname);
  return (
    <header className="app-header">
      {/* No "home" in its name: the nav's "Home" link must be the only link so named. */}
      <Link to={user ? '/' : '/discover'} className="brand">
        VRSS
      </Link>
      <SearchBox />
      <nav aria-label="Main">
        <ul>
          {user ? (
            <li>
              <NavLink to="/" end>
                Home
              </NavLink>
            </li>
          ) : null}
          <li>
            <NavLink to="/discover">Discover</NavLink>
          </li>
          {user ? (
            <>
              <li>
                <NavLink to="/notifications" aria-label={unread > 0 ? `Notifications (${unread})` : 'Notifications'}>
                  Notifications
                  {unread > 0 ? (
                    <span className="badge" aria-hidden="true">
                      {unread > 99 ? '99+' : unread}
                    </span>
                  ) : null}
                </NavLink>
              </li>
              <li>
                <NavLink to={`/u/${user.username}`}>Profile</NavLink>
              </li>
              <li>
                <NavLink to="/settings">Settings</NavLink>
              </li>
              {user.role === 'moderator' || user.role === 'admin' ? (
                <li>
                  <NavLink to="/moderation">Moderation</NavLink>
                </li>
              ) : null}
              <li>
                <SignOutButton />
              </li>
            </>
          ) : onAuthPage ? null : (
            <>
              <li>
                <NavLink to="/sign-in">Sign in</NavLink>
              </li>
              <li>
                <NavLink to="/sign-up">Create account</NavLink>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}

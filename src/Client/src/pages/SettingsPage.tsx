import { NavLink, Navigate, Route, Routes } from 'react-router-dom';
import { useSession } from '../auth/session';
import { useTitle } from '../layout/useTitle';
import { AccountSettings } from '../features/account/AccountSettings';
import { BlockedSettings } from '../features/settings/BlockedSettings';
import { PasswordSettings } from '../features/settings/PasswordSettings';
import { PrivacySettings } from '../features/settings/PrivacySettings';
import { ProfileSettings } from '../features/settings/ProfileSettings';
import { SessionsSettings } from '../features/settings/SessionsSettings';
import { TwoFactorSettings } from '../features/settings/TwoFactorSettings';
import '../features/social/social.css';
import '../features/post/post.css';
import '../features/settings/settings.css';

// No name contains another link's ("Profile", "Settings" are the main navigation's): names stay unique on the page.
const SECTIONS = [
  { to: 'profile', label: 'Public details' },
  { to: 'privacy', label: 'Privacy' },
  { to: 'password', label: 'Password' },
  { to: 'two-factor', label: 'Two-factor authentication' },
  { to: 'sessions', label: 'Sessions' },
  { to: 'blocked', label: 'Blocked and muted' },
  { to: 'account', label: 'Account' },
] as const;

/** /settings/*: profile, privacy (and follow requests), password, two-factor, sessions, blocked and muted accounts, the account itself (name, email, export, deletion); one sub-page each. */
export default function SettingsPage() {
  const { user } = useSession();
  useTitle('Settings');
  if (!user) return null;
  return (
    <section aria-labelledby="page-title" className="settings-layout">
      <h1 id="page-title">Settings</h1>
      <nav aria-label="Settings" className="settings-nav">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.to}>
              <NavLink to={`/settings/${s.to}`}>{s.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<Navigate to="profile" replace />} />
        <Route path="profile" element={<ProfileSettings user={user} />} />
        <Route path="privacy" element={<PrivacySettings />} />
        <Route path="password" element={<PasswordSettings />} />
        <Route path="two-factor" element={<TwoFactorSettings user={user} />} />
        <Route path="sessions" element={<SessionsSettings />} />
        <Route path="blocked" element={<BlockedSettings />} />
        <Route path="account" element={<AccountSettings user={user} />} />
        <Route path="*" element={<Navigate to="/settings" replace />} />
      </Routes>
    </section>
  );
}

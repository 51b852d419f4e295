import type { SessionUser } from '../../api/types';
import { DeleteAccount } from './DeleteAccount';
import { EmailForm } from './EmailForm';
import { ExportData } from './ExportData';
import { UsernameForm } from './UsernameForm';
import './account.css';

/** Settings › Account: username, email (and its verification), data export, account deletion. */
export function AccountSettings({ user }: { user: SessionUser }) {
  return (
    <div className="account-settings">
      <UsernameForm user={user} />
      <EmailForm user={user} />
      <ExportData />
      <DeleteAccount user={user} />
    </div>
  );
}

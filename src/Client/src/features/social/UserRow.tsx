import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Avatar } from '../../components/Avatar';

export interface UserRowUser {
  username: string;
  displayName: string;
  avatarUrl: string | null;
}

/** One person in a list: avatar, names linking to the profile, and the row's actions. */
export function UserRow({ user, children, note }: { user: UserRowUser; children?: ReactNode; note?: ReactNode }) {
  return (
    <li className="user-row">
      <Avatar url={user.avatarUrl} name={user.displayName || user.username} />
      <div className="user-row-names">
        <Link to={`/u/${user.username}`} className="display-name">
          {user.displayName || user.username}
        </Link>{' '}
        <span className="username">@{user.username}</span>
        {note ? <div className="user-row-note">{note}</div> : null}
      </div>
      {children ? <div className="user-row-actions">{children}</div> : null}
    </li>
  );
}

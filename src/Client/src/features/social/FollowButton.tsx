import { useFollow } from './useFollow';
import { ErrorMessage } from '../../components/ErrorMessage';

interface FollowButtonProps {
  username: string;
  isFollowing: boolean | null | undefined;
  /** A follow request of the viewer's waits for this (locked) account's answer. */
  requested?: boolean | null | undefined;
  /**
   * Name the user in the button (lists show many buttons: "Follow alice"); the profile page leaves it out so
   * its button is named exactly "Follow" / "Unfollow" / "Requested".
   */
  named?: boolean;
}

const TEXT = { none: 'Follow', following: 'Unfollow', requested: 'Requested' } as const;

/** Follow / Unfollow; a locked account's pending request shows "Requested" (pressing it withdraws the request). */
export function FollowButton({ username, isFollowing, requested, named = false }: FollowButtonProps) {
  const { state, toggle, pending, error } = useFollow(username, isFollowing, requested);
  const text = TEXT[state];
  return (
    <span className="follow-button">
      <button
        type="button"
        className={state === 'none' ? undefined : 'secondary'}
        onClick={toggle}
        disabled={pending}
        aria-label={named ? `${text} ${username}` : undefined}
        title={state === 'requested' ? 'Waiting for approval. Press to withdraw the request.' : undefined}
      >
        {text}
      </button>
      <ErrorMessage error={error} />
    </span>
  );
}

import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, NavLink, useLocation, useParams } from 'react-router-dom';
import { rpcInfinite } from '../api/queries';
import { isRpcError } from '../api/rpc';
import { useSession } from '../auth/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { InfiniteList } from '../components/InfiniteList';
import { FollowButton } from '../features/social/FollowButton';
import { UserRow } from '../features/social/UserRow';
import '../features/social/social.css';
import { useTitle } from '../layout/useTitle';

/** /u/:username/followers and /u/:username/following: a user's followers or the people they follow. */
export default function FollowListPage() {
  const { username = '' } = useParams();
  const { pathname } = useLocation();
  const { user } = useSession();
  const which = pathname.endsWith('/following') ? 'following' : 'followers';
  // Both lists answer the same page of user cards; the cast only picks one of the two identical types.
  const procedure = (which === 'followers' ? 'social.getFollowers' : 'social.getFollowing') as 'social.getFollowers';
  const query = useInfiniteQuery(rpcInfinite(procedure, { username, limit: 20 }));
  const people = query.data?.pages.flatMap((p) => p.items) ?? [];
  const hidden = isRpcError(query.error, 1100);
  const title = which === 'followers' ? `People following @${username}` : `People @${username} follows`;
  useTitle(title);
  return (
    <section aria-labelledby="page-title">
      <p>
        <Link to={`/u/${username}`}>← @{username}</Link>
      </p>
      <h1 id="page-title">{title}</h1>
      <nav aria-label="Lists" className="tabs">
        <NavLink to={`/u/${username}/followers`} end>
          Followers
        </NavLink>
        <NavLink to={`/u/${username}/following`} end>
          Following
        </NavLink>
      </nav>
      {hidden ? <p>@{username}’s profile is private, so this list is hidden.</p> : query.isError && people.length === 0 ? <ErrorMessage error={query.error} /> : null}
      <InfiniteList label={title} hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onMore={() => void query.fetchNextPage()}>
        <ul className="user-list">
          {people.map((p) => (
            <UserRow key={p.id} user={p}>
              {user && user.id !== p.id ? <FollowButton username={p.username} isFollowing={p.isFollowing} named /> : null}
            </UserRow>
          ))}
        </ul>
        {query.isPending ? <p role="status">Loading…</p> : null}
        {query.isSuccess && people.length === 0 ? <p className="empty">{which === 'followers' ? 'No followers yet.' : 'Not following anyone yet.'}</p> : null}
      </InfiniteList>
    </section>
  );
}

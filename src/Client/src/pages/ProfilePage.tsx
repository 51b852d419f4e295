import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { rpcInfinite } from '../api/queries';
import { isRpcError } from '../api/rpc';
import { useSession } from '../auth/session';
import { useTitle } from '../layout/useTitle';
import { Avatar } from '../components/Avatar';
import { ErrorMessage } from '../components/ErrorMessage';
import { InfiniteList } from '../components/InfiniteList';
import { PostArticle } from '../components/PostArticle';
import { FollowButton } from '../features/social/FollowButton';
import { BlockMuteButtons } from '../features/profile/BlockMuteButtons';
import { ReportButton } from '../features/moderation/ReportButton';
import { ConnectButton } from '../features/profile/ConnectButton';
import { RemoveConnectionButton } from '../features/profile/RemoveConnectionButton';
import { useIsConnected } from '../features/profile/useIsConnected';
import { ExternalLink, ProfileExtras } from '../features/profile/ProfileExtras';
import { isRestricted, type ProfileAnswer } from '../features/profile/profileTypes';
import { useProfile } from '../features/profile/useProfile';
import '../features/social/social.css';

function Count({ n, one, many }: { n: number; one: string; many: string }) {
  return (
    <>
      <strong>{n.toLocaleString()}</strong> {n === 1 ? one : many}
    </>
  );
}

/** Connect, or, with someone one is connected with, Remove connection. */
function ConnectionControl({ username }: { username: string }) {
  const connected = useIsConnected(username, true);
  if (connected.data === true) return <RemoveConnectionButton username={username} />;
  return <ConnectButton username={username} />;
}

function ProfileHeader({ profile, isMe, signedIn }: { profile: ProfileAnswer; isMe: boolean; signedIn: boolean }) {
  const full = isRestricted(profile) ? null : profile;
  const name = profile.displayName || profile.username;
  return (
    <header className="profile-header">
      <div className="profile-banner">{full?.bannerUrl ? <img src={full.bannerUrl} alt="" /> : null}</div>
      <div className="profile-identity">
        <Avatar url={profile.avatarUrl} name={name} size={88} />
        <div className="profile-names">
          <h1 id="page-title">{name}</h1>
          <p className="username">@{profile.username}</p>
          {full?.headline ? <p className="profile-headline">{full.headline}</p> : null}
        </div>
        <div className="profile-actions">
          {isMe ? (
            <>
              <Link className="button secondary" to="/settings/profile">
                Edit details
              </Link>
              <Link className="button secondary" to="/connections">
                Connections
              </Link>
            </>
          ) : signedIn ? (
            <>
              <FollowButton key={profile.username} username={profile.username} isFollowing={profile.isFollowing} requested={profile.followRequested} />
              <ConnectionControl key={`c-${profile.username}`} username={profile.username} />
              <BlockMuteButtons key={`b-${profile.username}`} username={profile.username} isBlocking={profile.isBlocking} isMuting={profile.isMuting} />
              <ReportButton key={`r-${profile.username}`} target={{ username: profile.username }} />
            </>
          ) : (
            // Plain text: a "Sign in…" link would share its name with the navigation's "Sign in".
            <p className="hint">Signed-in members can follow @{profile.username}.</p>
          )}
        </div>
      </div>
      {full ? (
        <>
          {full.bio ? <p className="profile-bio">{full.bio}</p> : null}
          <p className="profile-facts">
            {full.location ? <span>{full.location}</span> : null}
            {full.website ? <ExternalLink url={full.website}>{full.website.replace(/^https?:\/\//, '')}</ExternalLink> : null}
            <span>Joined {new Date(full.createdAt).toLocaleDateString(undefined, { year: 'numeric', month: 'long' })}</span>
          </p>
          <p className="profile-counts">
            <span>
              <Count n={full.postsCount} one="post" many="posts" />
            </span>
            <Link to={`/u/${profile.username}/followers`}>
              <Count n={full.followersCount} one="follower" many="followers" />
            </Link>
            <Link to={`/u/${profile.username}/following`}>
              <strong>{full.followingCount.toLocaleString()}</strong> following
            </Link>
          </p>
        </>
      ) : (
        <p className="muted">This profile is private. Only the people {profile.displayName || profile.username} allows can see it.</p>
      )}
    </header>
  );
}

function ProfilePosts({ username }: { username: string }) {
  const query = useInfiniteQuery(rpcInfinite('post.getByUser', { username, limit: 20 }));
  const posts = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="profile-posts">
      <h2 id="profile-posts">Posts</h2>
      {query.isError && posts.length === 0 ? <ErrorMessage error={query.error} /> : null}
      <InfiniteList label={`Posts by ${username}`} hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onMore={() => void query.fetchNextPage()}>
        {posts.map((post) => (
          <PostArticle key={post.id} post={post} />
        ))}
        {query.isPending ? <p role="status">Loading…</p> : null}
        {query.isSuccess && posts.length === 0 ? <p className="empty">No posts yet.</p> : null}
      </InfiniteList>
    </section>
  );
}

/** /u/:username: the profile with its extras, follow and connect buttons, and the user's posts. */
export default function ProfilePage() {
  const { username = '' } = useParams();
  const { user } = useSession();
  const query = useProfile(username);
  useTitle(query.data ? `${query.data.displayName || query.data.username} (@${query.data.username})` : `@${username}`);
  if (query.isPending) return <p role="status">Loading…</p>;
  if (query.isError && !query.data) {
    if (isRpcError(query.error) && query.error.status === 404)
      return (
        <section aria-labelledby="page-title">
          <h1 id="page-title">Not found</h1>
          <p>There is no one called @{username}.</p>
        </section>
      );
    return <ErrorMessage error={query.error} />;
  }
  const profile = query.data;
  const isMe = user?.id === profile.id;
  return (
    <section className="profile-page" aria-labelledby="page-title">
      <ProfileHeader profile={profile} isMe={isMe} signedIn={!!user} />
      {isRestricted(profile) ? null : <ProfileExtras profile={profile} />}
      {isRestricted(profile) ? null : <ProfilePosts username={profile.username} />}
    </section>
  );
}

import { useSession } from '../auth/session';
import { useOutbox } from '../outbox/useOutbox';
import type { OutboxItem } from '../outbox/outbox';
import type { Post, SessionUser } from '../api/types';
import { PostArticle } from '../components/PostArticle';

function asPost(item: OutboxItem<'post.create'>, user: SessionUser): Post {
  return {
    id: `pending-${item.id}`,
    author: { id: user.id, username: user.username, displayName: user.displayName, avatarUrl: user.avatarUrl, isFollowing: null },
    type: item.input.type,
    content: item.input.content ?? '',
    media: [],
    visibility: item.input.visibility ?? 'public',
    reactionCounts: {},
    commentCount: 0,
    createdAt: new Date(item.createdAt).toISOString(),
    updatedAt: null,
  };
}

/** Posts written offline (or not yet accepted), above the feed, marked "Pending" or "Failed". */
export function PendingPosts() {
  const { user } = useSession();
  const { items, discard } = useOutbox();
  if (!user) return null;
  const posts = items.filter((i): i is OutboxItem<'post.create'> => i.procedure === 'post.create').reverse();
  return (
    <>
      {posts.map((item) => (
        <PostArticle key={item.id} post={asPost(item, user)} status={item.status === 'failed' ? 'Failed' : 'Pending'}>
          {item.status === 'failed' ? (
            <>
              <span className="error">{item.error}</span>
              <button type="button" className="link-button" onClick={() => void discard(item.id)}>
                Discard
              </button>
            </>
          ) : null}
        </PostArticle>
      ))}
    </>
  );
}

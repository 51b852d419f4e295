import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Post } from '../api/types';
import { Avatar } from './Avatar';
import { RelativeTime } from './RelativeTime';

export interface PostArticleProps {
  post: Post;
  /** Shown as a status beside the time, e.g. "Pending" for a post in the outbox. */
  status?: string | undefined;
  /** Link the time to the post page (off on the post page itself). */
  linkToPost?: boolean;
  /** Extra controls under the post (reactions, edit/delete menus). */
  children?: ReactNode;
}

const VISIBILITY_NOTE: Record<Post['visibility'], string> = {
  public: 'Public',
  followers: 'Followers only',
  connections: 'Connections only',
  private: 'Only me',
};

export function reactionTotal(post: Pick<Post, 'reactionCounts'>): number {
  return Object.values(post.reactionCounts).reduce((a, b) => a + b, 0);
}

/**
 * One post as an `<article>` named by its author. User text is always rendered as React text children,
 * never as HTML.
 */
export function PostArticle({ post, status, linkToPost = true, children }: PostArticleProps) {
  const reactions = reactionTotal(post);
  return (
    <article className="post" aria-label={`Post by ${post.author.username}`}>
      <header className="post-header">
        <Avatar url={post.author.avatarUrl} name={post.author.displayName || post.author.username} />
        <div className="post-byline">
          <span className="display-name">{post.author.displayName}</span>{' '}
          <Link className="username" to={`/u/${post.author.username}`}>
            @{post.author.username}
          </Link>
          <span className="post-meta">
            {' · '}
            {linkToPost && !status ? (
              <Link to={`/p/${post.id}`}>
                <RelativeTime iso={post.createdAt} />
              </Link>
            ) : (
              <RelativeTime iso={post.createdAt} />
            )}
            {post.updatedAt ? ' · edited' : null}
            {post.visibility !== 'public' ? ` · ${VISIBILITY_NOTE[post.visibility]}` : null}
            {status ? <span className="pending-badge">{status}</span> : null}
          </span>
        </div>
      </header>
      {post.content ? <p className="post-content">{post.content}</p> : null}
      {post.media.length > 0 ? (
        <div className={`post-media count-${Math.min(post.media.length, 4)}`}>
          {post.media.map((m) =>
            m.url === null ? null : m.type === 'image' ? (
              <img key={m.id} src={m.url} alt="" loading="lazy" />
            ) : m.type === 'video' ? (
              <video key={m.id} src={m.url} controls preload="metadata" />
            ) : (
              <audio key={m.id} src={m.url} controls preload="metadata" />
            ),
          )}
        </div>
      ) : null}
      <footer className="post-footer">
        <span className="reactions" aria-label={`${reactions} ${reactions === 1 ? 'reaction' : 'reactions'}`}>
          {reactions} {reactions === 1 ? 'reaction' : 'reactions'}
        </span>
        <span className="comments-count">
          {post.commentCount} {post.commentCount === 1 ? 'comment' : 'comments'}
        </span>
        {children}
      </footer>
    </article>
  );
}

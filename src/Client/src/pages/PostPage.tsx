import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { rpcQuery } from '../api/queries';
import { isRpcError, rpc } from '../api/rpc';
import type { Post } from '../api/types';
import { useSession } from '../auth/session';
import { useTitle } from '../layout/useTitle';
import { ErrorMessage } from '../components/ErrorMessage';
import { PostArticle } from '../components/PostArticle';
import { removePostFromFeeds } from '../feed/feedCache';
import { Comments } from '../features/post/Comments';
import { ConfirmButton } from '../features/post/ConfirmButton';
import { PostEditor } from '../features/post/PostEditor';
import { Reactions } from '../features/post/Reactions';
import { ReportButton } from '../features/moderation/ReportButton';
import '../features/post/post.css';
import '../features/social/social.css';

function OwnerActions({ post, onEdit }: { post: Post; onEdit: () => void }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => rpc('post.delete', { postId: post.id }),
    onSuccess: () => {
      removePostFromFeeds(client, post.id);
      void client.invalidateQueries({ queryKey: ['user.getProfile', { username: post.author.username }] });
      navigate(`/u/${post.author.username}`, { replace: true });
    },
  });
  return (
    <div className="post-owner-actions">
      <button type="button" className="link-button" onClick={onEdit}>
        Edit post
      </button>
      <ConfirmButton label="Delete post" question="Delete this post?" confirmLabel="Delete" busy={remove.isPending} onConfirm={() => remove.mutate()} />
      <ErrorMessage error={remove.error} />
    </div>
  );
}

/** /p/:postId: one post with its reactions, comments and, for its author, edit and delete. */
export default function PostPage() {
  const { postId = '' } = useParams();
  const { user } = useSession();
  const [editing, setEditing] = useState(false);
  const query = useQuery(rpcQuery('post.getById', { postId }));
  const post = query.data?.post as Post | undefined;
  useTitle(post ? `${post.author.displayName || post.author.username}: ${post.content.slice(0, 40)}` : 'Post');

  if (query.isPending) return <p role="status">Loading…</p>;
  if (!post) {
    const missing = isRpcError(query.error) && (query.error.status === 404 || query.error.status === 403);
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{missing ? 'Post not found' : 'Post'}</h1>
        {missing ? <p>This post does not exist, was deleted, or is not visible to you.</p> : <ErrorMessage error={query.error} />}
      </section>
    );
  }
  const isAuthor = user?.id === post.author.id;
  return (
    <section aria-labelledby="page-title" className="post-page">
      <h1 id="page-title" className="visually-hidden">
        Post by {post.author.username}
      </h1>
      {editing ? (
        <PostEditor post={post} onDone={() => setEditing(false)} />
      ) : (
        <PostArticle post={post} linkToPost={false}>
          <Reactions post={post} signedIn={!!user} />
          {isAuthor ? <OwnerActions post={post} onEdit={() => setEditing(true)} /> : null}
          {user && !isAuthor ? <ReportButton target={{ postId: post.id }} /> : null}
        </PostArticle>
      )}
      <Comments post={post} user={user} />
    </section>
  );
}

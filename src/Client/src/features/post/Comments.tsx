import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { rpc } from '../../api/rpc';
import { rpcInfinite } from '../../api/queries';
import { describeError } from '../../api/errors';
import type { Comment, Page, Post, SessionUser } from '../../api/types';
import { Avatar } from '../../components/Avatar';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RelativeTime } from '../../components/RelativeTime';
import { updatePostInCaches } from '../../feed/feedCache';
import { useOutbox, usePendingOutbox } from '../../outbox/useOutbox';
import { ConfirmButton } from './ConfirmButton';
import { ReportButton } from '../moderation/ReportButton';

const MAX = 2000;

function CommentView({
  comment,
  status,
  children,
  body,
}: {
  comment: Pick<Comment, 'author' | 'content' | 'createdAt'> & { editedAt?: string | null };
  status?: string;
  children?: ReactNode;
  /** Shown in place of the text (the edit form). */
  body?: ReactNode;
}) {
  const name = comment.author.displayName || comment.author.username;
  return (
    <article className="comment" aria-label={`Comment by ${comment.author.username}`}>
      <header className="comment-header">
        <Avatar url={comment.author.avatarUrl} name={name} size={28} />
        <span className="display-name">{name}</span>{' '}
        <Link className="username" to={`/u/${comment.author.username}`}>
          @{comment.author.username}
        </Link>
        <span className="post-meta">
          {' · '}
          <RelativeTime iso={comment.createdAt} />
          {comment.editedAt ? (
            <>
              {' · '}
              <span title={`Edited ${new Date(comment.editedAt).toLocaleString()}`}>edited</span>
            </>
          ) : null}
        </span>
        {status ? <span className="pending-badge">{status}</span> : null}
      </header>
      {body ?? <p className="comment-content">{comment.content}</p>}
      {children ? <div className="row">{children}</div> : null}
    </article>
  );
}

function DeleteComment({ comment, post }: { comment: Comment; post: Post }) {
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => rpc('post.deleteComment', { commentId: comment.id }),
    onSuccess: () => {
      updatePostInCaches(client, post.id, (p) => ({ ...p, commentCount: Math.max(0, p.commentCount - 1) }));
      void client.invalidateQueries({ queryKey: ['post.getComments', { postId: post.id }] });
    },
  });
  return (
    <>
      <ConfirmButton label="Delete comment" confirmLabel="Delete" question="Delete this comment?" busy={remove.isPending} onConfirm={() => remove.mutate()} />
      <ErrorMessage error={remove.error} />
    </>
  );
}

/** The text of one's own comment, editable in place (post.updateComment); Escape or Cancel leaves it as it was. */
function EditComment({ comment, onDone }: { comment: Comment; onDone: () => void }) {
  const id = useId();
  const client = useQueryClient();
  const [text, setText] = useState(comment.content);
  const save = useMutation({
    mutationFn: (content: string) => rpc('post.updateComment', { commentId: comment.id, content }),
    onSuccess: (data) => {
      client.setQueriesData<InfiniteData<Page<Comment>>>({ queryKey: ['post.getComments', { postId: comment.postId }] }, (old) =>
        old ? { ...old, pages: old.pages.map((p) => ({ ...p, items: p.items.map((c) => (c.id === data.comment.id ? data.comment : c)) })) } : old,
      );
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const content = text.trim();
    if (!content) return;
    if (content === comment.content) return onDone();
    save.mutate(content);
  };
  return (
    <form
      className="comment-edit"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <label htmlFor={id}>Edit your comment</label>
      <textarea id={id} rows={3} maxLength={MAX} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
      <div className="row">
        <button type="submit" disabled={save.isPending || text.trim().length === 0}>
          Save comment
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
      <ErrorMessage error={save.error} />
    </form>
  );
}

function CommentItem({ comment, post, user }: { comment: Comment; post: Post; user: SessionUser | null | undefined }) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const mine = !!user && user.id === comment.author.id;
  useEffect(() => {
    // Back from the edit form, the keyboard continues where it started.
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return (
    <CommentView comment={comment} body={editing ? <EditComment comment={comment} onDone={() => setEditing(false)} /> : undefined}>
      {mine && !editing ? (
        <button type="button" ref={editButton} className="link-button" onClick={() => setEditing(true)}>
          Edit comment
        </button>
      ) : null}
      {user && (mine || user.id === post.author.id) ? <DeleteComment comment={comment} post={post} /> : null}
      {user && !mine ? <ReportButton target={{ commentId: comment.id }} /> : null}
    </CommentView>
  );
}

function CommentBox({ postId }: { postId: string }) {
  const id = useId();
  const { send } = useOutbox();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const content = text.trim();
    if (!content) return;
    setBusy(true);
    setError(null);
    try {
      await send('post.comment', { postId, content });
      setText('');
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="comment-box" onSubmit={submit}>
      <label htmlFor={id}>Add a comment</label>
      <textarea
        id={id}
        rows={3}
        maxLength={MAX}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-count`}
        aria-invalid={error ? true : undefined}
      />
      <div className="row end">
        <small id={`${id}-count`} className="hint">
          {text.length}/{MAX}
        </small>
        <button type="submit" disabled={busy || text.trim().length === 0}>
          Comment
        </button>
      </div>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** Comments of a post, oldest first with "Load more", the ones still in the outbox as "Pending", and the comment box. */
export function Comments({ post, user }: { post: Post; user: SessionUser | null | undefined }) {
  const query = useInfiniteQuery(rpcInfinite('post.getComments', { postId: post.id, limit: 20 }));
  const pending = usePendingOutbox('post.comment', post.id);
  const { discard } = useOutbox();
  const comments = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="comments-title" className="comments">
      <h2 id="comments-title">Comments</h2>
      {query.isError && comments.length === 0 ? <ErrorMessage error={query.error} /> : null}
      {query.isPending ? <p role="status">Loading comments…</p> : null}
      {query.isSuccess && comments.length === 0 && pending.length === 0 ? <p className="empty">No comments yet.</p> : null}
      <ol className="comment-list" aria-label="Comments">
        {comments.map((c) => (
          <li key={c.id}>
            <CommentItem comment={c} post={post} user={user} />
          </li>
        ))}
        {user
          ? pending.map((item) => (
              <li key={item.id}>
                <CommentView
                  comment={{ author: { id: user.id, username: user.username, displayName: user.displayName, avatarUrl: user.avatarUrl, isFollowing: null }, content: item.input.content, createdAt: new Date(item.createdAt).toISOString() }}
                  status={item.status === 'failed' ? 'Failed' : 'Pending'}
                >
                  {item.status === 'failed' ? (
                    <>
                      <span className="error">{item.error}</span>
                      <button type="button" className="link-button" onClick={() => void discard(item.id)}>
                        Discard
                      </button>
                    </>
                  ) : null}
                </CommentView>
              </li>
            ))
          : null}
      </ol>
      {query.hasNextPage ? (
        <div className="list-end">
          <button type="button" className="secondary" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? 'Loading…' : 'More comments'}
          </button>
        </div>
      ) : null}
      {user ? (
        <CommentBox postId={post.id} />
      ) : (
        // Plain text: a second "Sign in" link would share its name with the navigation's.
        <p className="hint">Signed-in members can comment.</p>
      )}
    </section>
  );
}

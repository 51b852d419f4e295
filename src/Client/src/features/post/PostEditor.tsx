import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rpc } from '../../api/rpc';
import type { Post } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { updatePostInCaches } from '../../feed/feedCache';

const LIMITS: Record<string, number> = { text_short: 500 };

/** Edits a post's text and visibility (post.update, author only). */
export function PostEditor({ post, onDone }: { post: Post; onDone: () => void }) {
  const id = useId();
  const client = useQueryClient();
  const [content, setContent] = useState(post.content);
  const [visibility, setVisibility] = useState(post.visibility);
  const max = LIMITS[post.type] ?? 5000;
  const save = useMutation({
    mutationFn: () => rpc('post.update', { postId: post.id, content, visibility }),
    onSuccess: (data) => {
      updatePostInCaches(client, post.id, () => data.post as Post);
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="post-editor" onSubmit={submit}>
      <label htmlFor={`${id}-content`}>Edit post</label>
      <textarea id={`${id}-content`} rows={5} maxLength={max} value={content} onChange={(e) => setContent(e.target.value)} />
      <div className="row">
        <label htmlFor={`${id}-visibility`}>Visibility</label>
        <select id={`${id}-visibility`} value={visibility} onChange={(e) => setVisibility(e.target.value as Post['visibility'])}>
          <option value="public">Public</option>
          <option value="followers">Followers only</option>
          <option value="connections">Connections only</option>
          <option value="private">Only me</option>
        </select>
        <small className="hint">
          {content.length}/{max}
        </small>
      </div>
      <div className="row end">
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" disabled={save.isPending}>
          Save
        </button>
      </div>
      <ErrorMessage error={save.error} />
    </form>
  );
}

import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { REACTIONS, type Post, type ReactionKind } from '../../api/types';
import { describeError } from '../../api/errors';
import { updatePostInCaches } from '../../feed/feedCache';
import { useOutbox, usePendingOutbox } from '../../outbox/useOutbox';

const LABELS: Record<ReactionKind, { text: string; emoji: string }> = {
  like: { text: 'Like', emoji: '👍' },
  love: { text: 'Love', emoji: '❤️' },
  laugh: { text: 'Laugh', emoji: '😂' },
  wow: { text: 'Wow', emoji: '😮' },
  sad: { text: 'Sad', emoji: '😢' },
  angry: { text: 'Angry', emoji: '😠' },
};

/**
 * The viewer's own reaction as this client last set it. Until it sets one, the post's own `myReaction` (what the server
 * knows of the signed-in caller) is the pressed one.
 */
export const myReactionKey = (postId: string) => ['vrss.myReaction', postId] as const;

/** Six reaction toggles with their counts; reactions go through the outbox, so they work offline ("Pending"). */
export function Reactions({ post, signedIn }: { post: Post; signedIn: boolean }) {
  const client = useQueryClient();
  const { send } = useOutbox();
  const pendingReact = usePendingOutbox('post.react', post.id);
  const pendingUnreact = usePendingOutbox('post.unreact', post.id);
  const [error, setError] = useState<string | null>(null);
  const chosen = useQuery({
    queryKey: myReactionKey(post.id),
    queryFn: () => client.getQueryData<ReactionKind | null>(myReactionKey(post.id)) ?? null,
    staleTime: Infinity,
    enabled: false,
  }).data;
  const mine: ReactionKind | null = chosen !== undefined ? chosen : (post.myReaction ?? null);
  const latestPending = [...pendingReact, ...pendingUnreact].sort((a, b) => a.createdAt - b.createdAt).at(-1);
  const shown: ReactionKind | null = latestPending
    ? latestPending.procedure === 'post.react'
      ? (latestPending.input as { reaction: ReactionKind }).reaction
      : null
    : mine;
  const pending = latestPending?.status === 'pending';

  const choose = async (kind: ReactionKind) => {
    setError(null);
    const removing = shown === kind;
    client.setQueryData(myReactionKey(post.id), removing ? null : kind);
    try {
      const result = removing ? await send('post.unreact', { postId: post.id }) : await send('post.react', { postId: post.id, reaction: kind });
      if (result.status === 'sent') {
        const data = result.data as { reactionCounts: Record<string, number>; myReaction?: ReactionKind | null };
        updatePostInCaches(client, post.id, (p) => ({ ...p, reactionCounts: data.reactionCounts, myReaction: removing ? null : (data.myReaction ?? kind) }));
        client.setQueryData(myReactionKey(post.id), removing ? null : (data.myReaction ?? kind));
      }
    } catch (e) {
      client.setQueryData(myReactionKey(post.id), shown);
      setError(describeError(e));
    }
  };

  return (
    <div className="reactions-bar">
      <div role="group" aria-label="Reactions" className="reaction-buttons">
        {REACTIONS.map((kind) => {
          const count = post.reactionCounts[kind] ?? 0;
          return (
            <button
              key={kind}
              type="button"
              className={shown === kind ? 'reaction active' : 'reaction'}
              aria-pressed={shown === kind}
              disabled={!signedIn}
              onClick={() => void choose(kind)}
              title={signedIn ? undefined : 'Sign in to react'}
            >
              <span aria-hidden="true">{LABELS[kind].emoji}</span> {LABELS[kind].text}
              {count > 0 ? <span className="reaction-count"> {count}</span> : null}
            </button>
          );
        })}
      </div>
      {pending ? <span className="pending-badge">Pending</span> : null}
      {latestPending?.status === 'failed' ? (
        <span className="error" role="alert">
          Reaction failed: {latestPending.error}
        </span>
      ) : null}
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isRpcError, rpc } from '../../api/rpc';

/** Where the viewer stands with a user: following, waiting for a locked account's answer, or neither. */
export type FollowState = 'none' | 'requested' | 'following';

/**
 * Follow and unfollow one user. The profile says `isFollowing` and `followRequested` (lists say only `isFollowing`);
 * the answer of `social.follow` / `social.unfollow` is kept here until the next read.
 */
export function useFollow(username: string, isFollowing: boolean | null | undefined, followRequested?: boolean | null) {
  const client = useQueryClient();
  const [override, setOverride] = useState<FollowState | null>(null);
  const state: FollowState = override ?? (isFollowing ? 'following' : followRequested ? 'requested' : 'none');
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['user.getProfile', { username }] });
    void client.invalidateQueries({ queryKey: ['social.getFollowers', { username }] });
    void client.invalidateQueries({ queryKey: ['feed.getHome'] });
  };
  const mutation = useMutation({
    mutationFn: async (next: 'follow' | 'unfollow'): Promise<FollowState> => {
      if (next === 'unfollow') {
        await rpc('social.unfollow', { username });
        return 'none';
      }
      try {
        const answer = await rpc('social.follow', { username });
        return answer.following ? 'following' : answer.requested ? 'requested' : 'none';
      } catch (e) {
        // Already following (another tab, or a stale page): the goal is reached.
        if (isRpcError(e, 1403)) return 'following';
        throw e;
      }
    },
    onSuccess: (next) => {
      setOverride(next);
      refresh();
    },
  });
  const toggle = () => mutation.mutate(state === 'none' ? 'follow' : 'unfollow');
  return { state, toggle, pending: mutation.isPending, error: mutation.error };
}

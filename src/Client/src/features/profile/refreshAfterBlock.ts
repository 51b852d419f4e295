import type { QueryClient } from '@tanstack/react-query';

// The reads a block or mute changes (the session is not one of them: refetching it would blank the signed-in UI).
const AFFECTED = new Set([
  'user.getProfile',
  'feed.getHome',
  'discovery.getDiscoverFeed',
  'discovery.searchPosts',
  'discovery.searchUsers',
  'post.getByUser',
  'post.getComments',
  'notification.getNotifications',
  'social.getFollowers',
  'social.getFollowing',
  'social.getBlocked',
  'social.getMuted',
]);

/** Refreshes every cached read that a block, unblock, mute or unmute changes. */
export function refreshAfterBlockOrMute(client: QueryClient) {
  void client.invalidateQueries({ predicate: (q) => AFFECTED.has(String(q.queryKey[0])) });
}

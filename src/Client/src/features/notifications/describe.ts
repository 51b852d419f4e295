import type { Notification } from '../../api/types';

/** What happened, after the actor's name, and where it leads. */
export function describeNotification(n: Notification): { text: string; to: string } {
  const actor = `/u/${n.actor.username}`;
  const post = n.postId ? `/p/${n.postId}` : actor;
  switch (n.type) {
    case 'follow':
      return { text: 'followed you', to: actor };
    case 'follow_request':
      return { text: 'asked to follow you', to: '/connections' };
    case 'reaction':
      return { text: 'reacted to your post', to: post };
    case 'comment':
      return { text: 'commented on your post', to: post };
    case 'mention':
      return { text: 'mentioned you', to: post };
    case 'connection_request':
      return { text: 'wants to connect with you', to: '/connections' };
    case 'connection_accepted':
      return { text: 'accepted your connection request', to: actor };
    case 'content_removed':
      // Staff stay anonymous (the actor is the recipient); postId names the removed post or the post of the removed comment.
      return { text: 'removed something you posted', to: post };
    default:
      return { text: 'did something', to: actor };
  }
}

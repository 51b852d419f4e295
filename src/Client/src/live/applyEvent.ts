import type { QueryClient } from '@tanstack/react-query';
import type { components } from '../api/schema';
import type { Post } from '../api/types';
import type { StreamEvent } from './sseClient';
import { UNREAD_KEY } from '../notifications/unread';
import { prependPostToFeeds, removePostFromFeeds } from '../feed/feedCache';
import { SESSION_KEY } from '../auth/session';

type FeedUpdate = components['schemas']['event.feed.update'];
type StreamPost = FeedUpdate['post'];

const TYPE_NAMES: Record<string, Post['type']> = { textShort: 'text_short', textLong: 'text_long' };

/**
 * The stream's post uses `textShort`/`media[].kind` where the RPC answers use `text_short`/`media[].type`
 * (per the OpenAPI document); the screens see one shape.
 */
export function postFromStream(p: StreamPost): Post {
  return {
    ...p,
    type: TYPE_NAMES[p.type] ?? p.type,
    author: { ...p.author, isFollowing: null },
    media: p.media.map((m) => {
      const loose = m as typeof m & { type?: 'image' | 'video' | 'audio' };
      return { id: m.id, url: m.url, contentType: m.contentType, type: loose.type ?? m.kind };
    }),
    updatedAt: p.updatedAt ?? null,
  };
}

/** Applies one live event to the query cache. */
export function applyEvent(client: QueryClient, event: StreamEvent): void {
  let data: unknown;
  try {
    data = JSON.parse(event.data);
  } catch {
    return;
  }
  switch (event.event) {
    case 'notification': {
      const n = data as components['schemas']['event.notification'];
      if (!n.read) client.setQueryData<number>(UNREAD_KEY, (c) => (c ?? 0) + 1);
      void client.invalidateQueries({ queryKey: ['notification.getNotifications'] });
      break;
    }
    case 'feed.update':
      prependPostToFeeds(client, postFromStream((data as FeedUpdate).post));
      break;
    case 'post.delete':
      removePostFromFeeds(client, (data as { postId: string }).postId);
      break;
    case 'reset':
      // Events were lost while away: reload what they would have changed.
      void client.invalidateQueries({ queryKey: ['feed.getHome'] });
      void client.invalidateQueries({ queryKey: ['notification.getNotifications'] });
      void client.invalidateQueries({ queryKey: UNREAD_KEY });
      break;
    case 'stream.closed': {
      const reason = (data as { reason?: string }).reason;
      if (reason === 'session_revoked' || reason === 'session_expired') void client.invalidateQueries({ queryKey: SESSION_KEY });
      break;
    }
  }
}

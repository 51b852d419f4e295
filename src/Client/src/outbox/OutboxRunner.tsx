import { useEffect } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { flushOutbox, onOutboxSent, type OutboxItem } from './outbox';
import type { Post } from '../api/types';
import { prependPostToFeeds } from '../feed/feedCache';

function applySent(client: QueryClient, item: OutboxItem, data: unknown): void {
  switch (item.procedure) {
    case 'post.create':
      prependPostToFeeds(client, (data as { post: Post }).post);
      break;
    case 'post.comment':
    case 'post.react':
    case 'post.unreact': {
      const postId = (item.input as { postId: string }).postId;
      void client.invalidateQueries({ queryKey: ['post.getComments', { postId }] });
      void client.invalidateQueries({ queryKey: ['post.getById', { postId }] });
      break;
    }
  }
}

/** Sends the outbox when the app starts, whenever the connection comes back, and applies the answers. */
export function OutboxRunner({ userId }: { userId: string }) {
  const client = useQueryClient();
  useEffect(() => onOutboxSent((item, data) => applySent(client, item, data)), [client]);
  useEffect(() => {
    const flush = () => void flushOutbox(userId);
    flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [userId]);
  return null;
}

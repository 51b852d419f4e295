import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Page, Post } from '../api/types';

type Pages = InfiniteData<Page<Post>, string | null>;

/** Infinite lists whose items are posts. */
const POST_LISTS = ['feed.getHome', 'discovery.getDiscoverFeed', 'post.getByUser', 'discovery.searchPosts'];

/** Puts a new post at the top of the home feed (and the author's own list), once. */
export function prependPostToFeeds(client: QueryClient, post: Post): void {
  const add = (data: Pages | undefined): Pages | undefined => {
    if (!data || data.pages.length === 0) return data;
    if (data.pages.some((p) => p.items.some((i) => i.id === post.id))) return data;
    const [first, ...rest] = data.pages;
    return { ...data, pages: [{ ...first!, items: [post, ...first!.items] }, ...rest] };
  };
  client.setQueriesData<Pages>({ queryKey: ['feed.getHome'] }, add);
  client.setQueriesData<Pages>({ queryKey: ['post.getByUser', { username: post.author.username }] }, add);
}

/** Removes a deleted post from every cached list and drops its own query. */
export function removePostFromFeeds(client: QueryClient, postId: string): void {
  for (const list of POST_LISTS) {
    client.setQueriesData<Pages>({ queryKey: [list] }, (data) =>
      data?.pages ? { ...data, pages: data.pages.map((p) => ({ ...p, items: p.items.filter((i) => i.id !== postId) })) } : data,
    );
  }
  client.removeQueries({ queryKey: ['post.getById', { postId }] });
}

/** Replaces a post wherever a list or the post's own query holds it (after an edit or a reaction). */
export function updatePostInCaches(client: QueryClient, postId: string, update: (post: Post) => Post): void {
  for (const list of POST_LISTS) {
    client.setQueriesData<Pages>({ queryKey: [list] }, (data) =>
      data?.pages ? { ...data, pages: data.pages.map((p) => ({ ...p, items: p.items.map((i) => (i.id === postId ? update(i) : i)) })) } : data,
    );
  }
  client.setQueriesData<{ post: Post }>({ queryKey: ['post.getById', { postId }] }, (data) => (data ? { post: update(data.post) } : data));
}

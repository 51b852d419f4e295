import type { ReactNode } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { rpcInfinite } from '../api/queries';
import { InfiniteList } from '../components/InfiniteList';
import { PostArticle } from '../components/PostArticle';
import { ErrorMessage } from '../components/ErrorMessage';

type FeedProcedure = 'feed.getHome' | 'discovery.getDiscoverFeed';

/** An infinite list of posts from one feed procedure, shown from the persisted cache when offline. */
export function PostFeed({ procedure, label, empty, before }: { procedure: FeedProcedure; label: string; empty: ReactNode; before?: ReactNode }) {
  const query = useInfiniteQuery(rpcInfinite(procedure, { limit: 20 }));
  const posts = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {query.isError && posts.length === 0 ? <ErrorMessage error={query.error} /> : null}
      <InfiniteList label={label} hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onMore={() => void query.fetchNextPage()}>
        {before}
        {posts.map((post) => (
          <PostArticle key={post.id} post={post} />
        ))}
        {query.isPending ? <p role="status">{query.fetchStatus === 'paused' ? 'You are offline. This feed loads when the connection is back.' : 'Loading…'}</p> : null}
        {query.isSuccess && posts.length === 0 && !before ? empty : null}
      </InfiniteList>
    </>
  );
}

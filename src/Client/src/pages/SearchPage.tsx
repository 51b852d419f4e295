import { useRef, type KeyboardEvent } from 'react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { rpcInfinite, rpcQuery } from '../api/queries';
import { useSession } from '../auth/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { InfiniteList } from '../components/InfiniteList';
import { PostArticle } from '../components/PostArticle';
import { FollowButton } from '../features/social/FollowButton';
import { UserRow } from '../features/social/UserRow';
import '../features/social/social.css';
import { useTitle } from '../layout/useTitle';

type Tab = 'people' | 'posts';
const TABS: { id: Tab; label: string }[] = [
  { id: 'people', label: 'People' },
  { id: 'posts', label: 'Posts' },
];

function PeopleResults({ q }: { q: string }) {
  const { user } = useSession();
  const query = useQuery(rpcQuery('discovery.searchUsers', { query: q, limit: 30 }));
  const people = query.data?.items ?? [];
  return (
    <>
      <ErrorMessage error={query.error} />
      {query.isPending ? <p role="status">Searching…</p> : null}
      {query.isSuccess && people.length === 0 ? <p className="empty">No people match “{q}”.</p> : null}
      <ul className="user-list" aria-label="People">
        {people.map((p) => (
          <UserRow key={p.id} user={p}>
            {user && user.id !== p.id ? <FollowButton username={p.username} isFollowing={p.isFollowing} named /> : null}
          </UserRow>
        ))}
      </ul>
    </>
  );
}

function PostResults({ q }: { q: string }) {
  const query = useInfiniteQuery(rpcInfinite('discovery.searchPosts', { query: q, limit: 20 }));
  const posts = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {query.isError && posts.length === 0 ? <ErrorMessage error={query.error} /> : null}
      <InfiniteList label={`Posts matching ${q}`} hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onMore={() => void query.fetchNextPage()}>
        {posts.map((post) => (
          <PostArticle key={post.id} post={post} />
        ))}
        {query.isPending ? <p role="status">Searching…</p> : null}
        {query.isSuccess && posts.length === 0 ? <p className="empty">No posts match “{q}”.</p> : null}
      </InfiniteList>
    </>
  );
}

/** /search?q=&type=: people (discovery.searchUsers) and posts (discovery.searchPosts) tabs, following the query string. */
export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const tab: Tab = params.get('type') === 'posts' ? 'posts' : 'people';
  useTitle(q ? `Search: ${q}` : 'Search');
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ people: null, posts: null });
  const select = (next: Tab) => {
    const p = new URLSearchParams(params);
    if (next === 'people') p.delete('type');
    else p.set('type', next);
    setParams(p, { replace: true });
  };
  // Arrow keys move between tabs (WAI-ARIA tabs pattern, automatic activation).
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const i = TABS.findIndex((t) => t.id === tab);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : (i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    const id = TABS[next]!.id;
    select(id);
    tabRefs.current[id]?.focus();
  };
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{q ? `Results for “${q}”` : 'Search'}</h1>
      {!q ? (
        <p>Type a name, a username or words from a post in the search box above.</p>
      ) : (
        <>
          <div role="tablist" aria-label="Search results" className="tabs" onKeyDown={onKeyDown}>
            {TABS.map((t) => (
              <button
                key={t.id}
                ref={(el) => {
                  tabRefs.current[t.id] = el;
                }}
                type="button"
                role="tab"
                id={`search-tab-${t.id}`}
                aria-selected={tab === t.id}
                aria-controls={`search-panel-${t.id}`}
                tabIndex={tab === t.id ? 0 : -1}
                onClick={() => select(t.id)}
              >
                {t.label}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`search-panel-${tab}`} aria-labelledby={`search-tab-${tab}`}>
            {tab === 'people' ? <PeopleResults key={q} q={q} /> : <PostResults key={q} q={q} />}
          </div>
        </>
      )}
    </section>
  );
}

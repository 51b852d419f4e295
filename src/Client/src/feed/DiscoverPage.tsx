import { PostFeed } from './PostFeed';
import { useTitle } from '../layout/useTitle';

export function DiscoverPage() {
  useTitle('Discover');
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Discover</h1>
      <PostFeed procedure="discovery.getDiscoverFeed" label="Discover feed" empty={<p className="empty">Nothing here yet.</p>} />
    </section>
  );
}

import { Link } from 'react-router-dom';
import { Composer } from '../composer/Composer';
import { PostFeed } from './PostFeed';
import { PendingPosts } from './PendingPosts';
import { useTitle } from '../layout/useTitle';

export function HomePage() {
  useTitle('Home');
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" className="visually-hidden">
        Home
      </h1>
      <Composer />
      <PostFeed
        procedure="feed.getHome"
        label="Home feed"
        before={<PendingPosts />}
        empty={
          <p className="empty">
            Your feed is empty. <Link to="/discover">Find people to follow</Link>.
          </p>
        }
      />
    </section>
  );
}

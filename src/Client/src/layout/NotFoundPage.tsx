import { Link } from 'react-router-dom';
import { useTitle } from './useTitle';

export function NotFoundPage() {
  useTitle('Page not found');
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Page not found</h1>
      <p>
        <Link to="/">Go to the home feed</Link>
      </p>
    </section>
  );
}

// Placeholder: helper C replaces this page.
export default function PostPage() {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Post</h1>
      <p>This page is coming soon.</p>
    </section>
  );
}

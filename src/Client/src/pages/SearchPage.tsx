// Placeholder: helper C replaces this page.
export default function SearchPage() {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Search</h1>
      <p>This page is coming soon.</p>
    </section>
  );
}

// Placeholder: helper C replaces this page.
export default function ConnectionsPage() {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Connections</h1>
      <p>This page is coming soon.</p>
    </section>
  );
}

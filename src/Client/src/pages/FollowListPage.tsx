// Placeholder: helper C replaces this page.
export default function FollowListPage() {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Followers</h1>
      <p>This page is coming soon.</p>
    </section>
  );
}

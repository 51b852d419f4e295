// Placeholder: helper C replaces this page.
export default function ProfilePage() {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Profile</h1>
      <p>This page is coming soon.</p>
    </section>
  );
}

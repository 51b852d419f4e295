// Placeholder: helper C replaces this page.
export default function NotificationsPage() {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Notifications</h1>
      <p>This page is coming soon.</p>
    </section>
  );
}

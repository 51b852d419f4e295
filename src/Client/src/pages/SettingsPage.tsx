// Placeholder: helper C replaces this page.
export default function SettingsPage() {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Settings</h1>
      <p>This page is coming soon.</p>
    </section>
  );
}

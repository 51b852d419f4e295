import type { Profile } from '../../api/types';
import { safeHref } from './profileTypes';

function ExternalLink({ url, children }: { url: string; children: string }) {
  const href = safeHref(url);
  if (!href) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc">
      {children}
    </a>
  );
}

function years(start?: number | null, end?: number | null): string | null {
  if (start && end) return `${start}–${end}`;
  if (start) return `${start}–`;
  if (end) return `until ${end}`;
  return null;
}

/** The professional extras: links, credits and education (each section only when it has entries). */
export function ProfileExtras({ profile }: { profile: Profile }) {
  const credits = [...profile.credits].sort((a, b) => b.year - a.year);
  return (
    <>
      {profile.links.length > 0 ? (
        <section aria-labelledby="profile-links" className="profile-section">
          <h2 id="profile-links">Links</h2>
          <ul className="plain-list">
            {profile.links.map((l, i) => (
              <li key={`${i}-${l.url}`}>
                <span className="muted">{l.platform}: </span>
                <ExternalLink url={l.url}>{l.url}</ExternalLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {credits.length > 0 ? (
        <section aria-labelledby="profile-credits" className="profile-section">
          <h2 id="profile-credits">Credits</h2>
          <ul className="plain-list">
            {credits.map((c, i) => (
              <li key={`${i}-${c.title}`}>
                <strong>{c.title}</strong> <span>— {c.role}</span>
                {c.org ? <span>, {c.org}</span> : null} <span className="muted">({c.year})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {profile.education.length > 0 ? (
        <section aria-labelledby="profile-education" className="profile-section">
          <h2 id="profile-education">Education</h2>
          <ul className="plain-list">
            {profile.education.map((e, i) => {
              const span = years(e.startYear, e.endYear);
              const what = [e.degree, e.field].filter(Boolean).join(', ');
              return (
                <li key={`${i}-${e.institution}`}>
                  <strong>{e.institution}</strong>
                  {what ? <span> — {what}</span> : null}
                  {span ? <span className="muted"> ({span})</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export { ExternalLink };

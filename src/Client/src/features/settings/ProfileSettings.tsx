import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { updateProfile } from '../../api/profile';
import { isRpcError, type Input } from '../../api/rpc';
import type { Profile, SessionUser } from '../../api/types';
import { SESSION_KEY } from '../../auth/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { StorageMeter } from '../../components/StorageMeter';
import { UploadField } from '../../components/UploadField';
import { isRestricted } from '../profile/profileTypes';
import { profileKey, useProfile } from '../profile/useProfile';
import { ListEditor } from './ListEditor';

interface LinkRow { platform: string; url: string }
interface CreditRow { title: string; role: string; year: string; org: string }
interface EducationRow { institution: string; degree: string; field: string; startYear: string; endYear: string }

const MAX_YEAR = 2100;
const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));
const str = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

function TextArea({ label, value, onChange, max, hint }: { label: string; value: string; onChange: (v: string) => void; max: number; hint?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={4} maxLength={max} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`} />
      <small id={`${id}-hint`} className="hint">
        {hint ? `${hint} ` : ''}
        {value.length}/{max}
      </small>
    </div>
  );
}

/** The form, once the profile is loaded (its fields start from the saved values). */
function ProfileForm({ profile, user }: { profile: Profile; user: SessionUser }) {
  const client = useQueryClient();
  const [displayName, setDisplayName] = useState(profile.displayName);
  const [headline, setHeadline] = useState(profile.headline ?? '');
  const [bio, setBio] = useState(profile.bio ?? '');
  const [location, setLocation] = useState(profile.location ?? '');
  const [website, setWebsite] = useState(profile.website ?? '');
  const [links, setLinks] = useState<LinkRow[]>(profile.links.map((l) => ({ ...l })));
  const [credits, setCredits] = useState<CreditRow[]>(profile.credits.map((c) => ({ title: c.title, role: c.role, year: String(c.year), org: c.org ?? '' })));
  const [education, setEducation] = useState<EducationRow[]>(
    profile.education.map((e) => ({ institution: e.institution, degree: e.degree ?? '', field: e.field ?? '', startYear: str(e.startYear), endYear: str(e.endYear) })),
  );
  // undefined: unchanged; '': remove; an id: the uploaded media.
  const [avatarMediaId, setAvatarMediaId] = useState<string | undefined>(undefined);
  const [bannerMediaId, setBannerMediaId] = useState<string | undefined>(undefined);
  const [uploading, setUploading] = useState({ avatar: false, banner: false });
  const [resetKey, setResetKey] = useState(0);

  const save = useMutation({
    mutationFn: () => {
      const input: Input<'user.updateProfile'> = {
        displayName: displayName.trim(),
        headline: headline.trim(),
        bio,
        location: location.trim(),
        website: website.trim(),
        links: links.map((l) => ({ platform: l.platform.trim(), url: l.url.trim() })),
        credits: credits.map((c) => ({ title: c.title.trim(), role: c.role.trim(), year: Number(c.year), org: c.org.trim() || null })),
        education: education.map((e) => ({
          institution: e.institution.trim(),
          degree: e.degree.trim() || null,
          field: e.field.trim() || null,
          startYear: num(e.startYear),
          endYear: num(e.endYear),
        })),
      };
      if (avatarMediaId !== undefined) input.avatarMediaId = avatarMediaId;
      if (bannerMediaId !== undefined) input.bannerMediaId = bannerMediaId;
      return updateProfile(input);
    },
    onSuccess: (saved) => {
      client.setQueryData(profileKey(saved.username), saved);
      void client.invalidateQueries({ queryKey: SESSION_KEY });
      void client.invalidateQueries({ queryKey: ['post.getByUser', { username: saved.username }] });
      setAvatarMediaId(undefined);
      setBannerMediaId(undefined);
      setResetKey((k) => k + 1);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const field = isRpcError(save.error) ? save.error.field : undefined;
  const busy = uploading.avatar || uploading.banner;

  return (
    <form onSubmit={submit} className="settings-form" aria-labelledby="settings-profile-title">
      <h2 id="settings-profile-title">Public details</h2>
      <p>
        Your profile: <Link to={`/u/${user.username}`}>@{user.username}</Link>
      </p>
      <Field label="Display name" required maxLength={50} value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={field === 'displayName' ? 'Check this name.' : undefined} />
      <Field label="Headline" maxLength={120} value={headline} onChange={(e) => setHeadline(e.target.value)} error={field === 'headline' ? 'One line, at most 120 characters.' : undefined} />
      <TextArea label="Bio" max={500} value={bio} onChange={setBio} hint="A few words about you." />
      <Field label="Location" maxLength={100} value={location} onChange={(e) => setLocation(e.target.value)} />
      <Field label="Website" type="url" inputMode="url" maxLength={500} placeholder="https://" value={website} onChange={(e) => setWebsite(e.target.value)} error={field === 'website' ? 'Use a full address starting with https://' : undefined} />

      <fieldset className="media-fields">
        <legend>Pictures</legend>
        <div className="media-field">
          <span>Avatar</span>
          {profile.avatarUrl && avatarMediaId !== '' ? <img src={profile.avatarUrl} alt="Current avatar" width={64} height={64} className="avatar" /> : null}
          <UploadField label="Upload avatar" max={1} accept="image/*" resetKey={resetKey} onChange={(m) => setAvatarMediaId(m[0]?.id)} onBusyChange={(b) => setUploading((u) => ({ ...u, avatar: b }))} />
          {profile.avatarUrl && avatarMediaId !== '' ? (
            <button type="button" className="link-button danger" onClick={() => setAvatarMediaId('')}>
              Remove avatar
            </button>
          ) : null}
        </div>
        <div className="media-field">
          <span>Banner</span>
          {profile.bannerUrl && bannerMediaId !== '' ? <img src={profile.bannerUrl} alt="Current banner" className="banner-preview" /> : null}
          <UploadField label="Upload banner" max={1} accept="image/*" resetKey={resetKey} onChange={(m) => setBannerMediaId(m[0]?.id)} onBusyChange={(b) => setUploading((u) => ({ ...u, banner: b }))} />
          {profile.bannerUrl && bannerMediaId !== '' ? (
            <button type="button" className="link-button danger" onClick={() => setBannerMediaId('')}>
              Remove banner
            </button>
          ) : null}
        </div>
        <StorageMeter />
      </fieldset>

      <ListEditor
        legend="Links"
        noun="link"
        items={links}
        max={10}
        blank={() => ({ platform: '', url: '' })}
        onChange={setLinks}
        renderItem={(l, set) => (
          <>
            <Field label="Platform" required maxLength={30} placeholder="e.g. GitHub" value={l.platform} onChange={(e) => set({ ...l, platform: e.target.value })} />
            <Field label="URL" type="url" required maxLength={500} placeholder="https://" value={l.url} onChange={(e) => set({ ...l, url: e.target.value })} />
          </>
        )}
      />
      <ListEditor
        legend="Credits"
        noun="credit"
        items={credits}
        max={100}
        blank={() => ({ title: '', role: '', year: String(new Date().getFullYear()), org: '' })}
        onChange={setCredits}
        renderItem={(c, set) => (
          <>
            <Field label="Title" required maxLength={200} value={c.title} onChange={(e) => set({ ...c, title: e.target.value })} />
            <Field label="Role" required maxLength={100} value={c.role} onChange={(e) => set({ ...c, role: e.target.value })} />
            <Field label="Year" type="number" required min={1900} max={MAX_YEAR} value={c.year} onChange={(e) => set({ ...c, year: e.target.value })} />
            <Field label="Organisation" maxLength={200} value={c.org} onChange={(e) => set({ ...c, org: e.target.value })} />
          </>
        )}
      />
      <ListEditor
        legend="Education"
        noun="school"
        items={education}
        max={20}
        blank={() => ({ institution: '', degree: '', field: '', startYear: '', endYear: '' })}
        onChange={setEducation}
        renderItem={(e, set) => (
          <>
            <Field label="Institution" required maxLength={200} value={e.institution} onChange={(ev) => set({ ...e, institution: ev.target.value })} />
            <Field label="Degree" maxLength={100} value={e.degree} onChange={(ev) => set({ ...e, degree: ev.target.value })} />
            <Field label="Field of study" maxLength={100} value={e.field} onChange={(ev) => set({ ...e, field: ev.target.value })} />
            <Field label="Start year" type="number" min={1900} max={MAX_YEAR} value={e.startYear} onChange={(ev) => set({ ...e, startYear: ev.target.value })} />
            <Field label="End year" type="number" min={1900} max={MAX_YEAR} value={e.endYear} onChange={(ev) => set({ ...e, endYear: ev.target.value })} />
          </>
        )}
      />

      <div className="row">
        <button type="submit" disabled={save.isPending || busy}>
          {busy ? 'Uploading…' : 'Save profile'}
        </button>
        {save.isSuccess && !save.isPending ? <span role="status">Profile saved.</span> : null}
      </div>
      <ErrorMessage error={save.error} />
    </form>
  );
}

/** Settings › Public details: every profile field, the extras, avatar and banner uploads. */
export function ProfileSettings({ user }: { user: SessionUser }) {
  const query = useProfile(user.username);
  if (query.isPending) return <p role="status">Loading…</p>;
  if (!query.data) return <ErrorMessage error={query.error} />;
  if (isRestricted(query.data)) return <ErrorMessage error={new Error('Could not load your profile.')} />;
  return <ProfileForm key={query.data.id} profile={query.data} user={user} />;
}

import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { rpcQuery } from '../../api/queries';
import { rpc } from '../../api/rpc';
import type { Settings } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FollowRequests } from '../social/FollowRequests';

type Visibility = Settings['profileVisibility'];

function Select({ label, value, onChange, hint }: { label: string; value: Visibility; onChange: (v: Visibility) => void; hint: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Visibility)} aria-describedby={`${id}-hint`}>
        <option value="public">Everyone</option>
        <option value="followers">Followers only</option>
        <option value="connections">Connections only</option>
        <option value="private">Only me</option>
      </select>
      <small id={`${id}-hint`} className="hint">
        {hint}
      </small>
    </div>
  );
}

function Check({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (v: boolean) => void; hint: string }) {
  const id = useId();
  return (
    <div className="field check">
      <div className="row">
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={`${id}-hint`} />
        <label htmlFor={id}>{label}</label>
      </div>
      <small id={`${id}-hint`} className="hint">
        {hint}
      </small>
    </div>
  );
}

function PrivacyForm({ settings }: { settings: Settings }) {
  const client = useQueryClient();
  const [form, setForm] = useState<Settings>(settings);
  const save = useMutation({
    mutationFn: () => rpc('settings.updatePrivacy', form),
    onSuccess: (data) => {
      client.setQueryData(rpcQuery('settings.get').queryKey, data);
      // Turning approval off accepts every pending request.
      void client.invalidateQueries({ queryKey: ['social.getFollowRequests'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} className="settings-form" aria-labelledby="settings-privacy-title">
      <h2 id="settings-privacy-title">Privacy</h2>
      <Select
        label="Who can see your profile"
        value={form.profileVisibility}
        onChange={(v) => setForm({ ...form, profileVisibility: v })}
        hint="Others see only your name and picture. Your followers and following lists follow this too."
      />
      <Select label="Default post visibility" value={form.defaultPostVisibility} onChange={(v) => setForm({ ...form, defaultPostVisibility: v })} hint="Used for new posts unless you choose otherwise." />
      <Check
        label="Approve followers"
        checked={form.approveFollowers}
        onChange={(v) => setForm({ ...form, approveFollowers: v })}
        hint="New followers send a request you accept or decline. Turning this off accepts every pending request."
      />
      <Check label="Allow connection requests" checked={form.allowConnectionRequests} onChange={(v) => setForm({ ...form, allowConnectionRequests: v })} hint="Let others ask to connect with you." />
      <div className="row">
        <button type="submit" disabled={save.isPending}>
          Save privacy settings
        </button>
        {save.isSuccess && !save.isPending ? <span role="status">Saved.</span> : null}
      </div>
      <ErrorMessage error={save.error} />
    </form>
  );
}

/** Settings › Privacy: profile and default post visibility, locked account, connection requests, pending follow requests. */
export function PrivacySettings() {
  const query = useQuery(rpcQuery('settings.get'));
  return (
    <>
      {query.isPending ? <p role="status">Loading…</p> : query.data ? <PrivacyForm settings={query.data.settings} /> : <ErrorMessage error={query.error} />}
      <FollowRequests />
    </>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Media } from '../../api/types';
import { describeError } from '../../api/errors';
import { uploadFile } from '../../media/upload';
import { STORAGE_USAGE_KEY } from '../StorageMeter';

interface Entry {
  key: string;
  name: string;
  previewUrl: string | null;
  progress: number;
  media: Media | null;
  error: string | null;
  controller: AbortController;
}

export interface UploadFieldProps {
  /** Text of the file picker's label, e.g. "Add images" or "Avatar". */
  label: string;
  /** How many files may be attached at once. */
  max: number;
  accept?: string;
  /** Called with the completed media, in the order they were picked, each time one completes or is removed. */
  onChange: (media: Media[]) => void;
  /** Called with true while any upload is still running. */
  onBusyChange?: (busy: boolean) => void;
  disabled?: boolean;
  /** Changing this clears the field (e.g. after the post was sent). */
  resetKey?: number;
}

/**
 * A file picker that uploads each file at once through the two-phase upload, with a progress bar per file
 * and a "Remove" button. Reuse it for avatars and banners with `max={1}`.
 */
export function UploadField({ label, max, accept = 'image/*', onChange, onBusyChange, disabled, resetKey }: UploadFieldProps) {
  const id = useId();
  const client = useQueryClient();
  const [entries, setEntries] = useState<Entry[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const changed = useRef(onChange);
  changed.current = onChange;
  const busyChanged = useRef(onBusyChange);
  busyChanged.current = onBusyChange;

  useEffect(() => {
    setEntries((old) => {
      for (const e of old) {
        e.controller.abort();
        if (e.previewUrl) URL.revokeObjectURL(e.previewUrl);
      }
      return [];
    });
  }, [resetKey]);

  const media = entries.map((e) => e.media).filter((m): m is Media => m !== null);
  const mediaIds = media.map((m) => m.id).join(',');
  const busy = entries.some((e) => e.media === null && e.error === null);
  useEffect(() => changed.current(media), [mediaIds]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => busyChanged.current?.(busy), [busy]);

  const update = (key: string, patch: Partial<Entry>) => setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  const pick = (files: FileList | null) => {
    if (!files) return;
    const room = max - entries.length;
    const picked = Array.from(files).slice(0, Math.max(room, 0));
    const added = picked.map<Entry>((file, i) => ({
      key: `${Date.now()}-${i}-${file.name}`,
      name: file.name,
      previewUrl: file.type.startsWith('image/') && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : null,
      progress: 0,
      media: null,
      error: null,
      controller: new AbortController(),
    }));
    setEntries((list) => [...list, ...added]);
    added.forEach((entry, i) => {
      uploadFile(picked[i]!, (progress) => update(entry.key, { progress }), entry.controller.signal)
        .then((m) => update(entry.key, { media: m, progress: 1 }))
        .catch((e: unknown) => {
          if (!entry.controller.signal.aborted) update(entry.key, { error: describeError(e) });
        })
        .finally(() => void client.invalidateQueries({ queryKey: STORAGE_USAGE_KEY }));
    });
    if (input.current) input.current.value = '';
  };

  const remove = (entry: Entry) => {
    entry.controller.abort();
    if (entry.previewUrl) URL.revokeObjectURL(entry.previewUrl);
    setEntries((list) => list.filter((e) => e.key !== entry.key));
  };

  return (
    <div className="upload-field">
      <input
        ref={input}
        id={id}
        className="visually-hidden file-input"
        type="file"
        accept={accept}
        multiple={max > 1}
        disabled={disabled || entries.length >= max}
        onChange={(e) => pick(e.target.files)}
      />
      {/* The label is the visible button; it follows the input so CSS can show the input's keyboard focus on it. */}
      <label htmlFor={id} className={disabled || entries.length >= max ? 'button secondary disabled' : 'button secondary'}>
        {label}
      </label>
      {entries.length > 0 ? (
        <ul className="upload-list">
          {entries.map((entry) => (
            <li key={entry.key}>
              {entry.previewUrl ? <img src={entry.previewUrl} alt="" width={48} height={48} /> : null}
              <span className="upload-name">{entry.name}</span>
              {entry.error ? (
                <span className="error" role="alert">
                  {entry.error}
                </span>
              ) : (
                <progress max={1} value={entry.progress} aria-label={`Uploading ${entry.name}`}>
                  {Math.round(entry.progress * 100)}%
                </progress>
              )}
              <button type="button" className="link-button" onClick={() => remove(entry)} aria-label={`Remove ${entry.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

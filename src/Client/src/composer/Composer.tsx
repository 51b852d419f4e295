import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { rpc, type Input } from '../api/rpc';
import type { Media } from '../api/types';
import { ErrorMessage } from '../components/ErrorMessage';
import { StorageMeter } from '../components/StorageMeter';
import { UploadField } from '../components/UploadField';
import { useOutbox } from '../outbox/useOutbox';
import { useOnline } from '../offline/useOnline';

type Visibility = 'public' | 'followers' | 'connections' | 'private';
type TextType = 'text_short' | 'text_long';
const LIMITS: Record<TextType, number> = { text_short: 500, text_long: 5000 };
export const MAX_IMAGES = 4;
/** The server's allowlist (docs/API.md, media.initiateUpload). */
const MEDIA_TYPES = [
  'image/jpeg', 'image/png', 'image/gif', 'image/webp',
  'video/mp4', 'video/quicktime', 'video/webm',
  'audio/mpeg', 'audio/mp4', 'audio/aac', 'audio/wav', 'audio/ogg', 'audio/webm', 'audio/flac',
].join(',');

/**
 * The post type the server expects: text posts by length, one image, video or audio, or a gallery of 2-4 images.
 * Null when the attachments make no post (a video with anything else).
 */
export function postTypeFor(textType: TextType, media: Pick<Media, 'type'>[]): Input<'post.create'>['type'] | null {
  if (media.length === 0) return textType;
  if (media.length === 1) {
    const kind = media[0]!.type;
    return kind === 'video' || kind === 'audio' ? kind : 'image';
  }
  return media.every((m) => m.type === 'image') ? 'gallery' : null;
}

export function Composer() {
  const online = useOnline();
  const { send } = useOutbox();
  const settings = useQuery({ queryKey: ['settings.get', {}], queryFn: () => rpc('settings.get'), staleTime: 5 * 60_000 });
  const [content, setContent] = useState('');
  const [textType, setTextType] = useState<TextType>('text_short');
  const [visibility, setVisibility] = useState<Visibility | null>(null);
  const [media, setMedia] = useState<Media[]>([]);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [resetKey, setResetKey] = useState(0);
  const [notice, setNotice] = useState('');

  const chosenVisibility: Visibility = visibility ?? settings.data?.settings.defaultPostVisibility ?? 'public';
  const limit = LIMITS[textType];
  const tooLong = content.length > limit;
  const type = postTypeFor(textType, media);
  const canPost = !busy && !uploading && !tooLong && type !== null && (content.trim().length > 0 || media.length > 0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!canPost) return;
    setBusy(true);
    setError(null);
    setNotice('');
    const input: Input<'post.create'> = {
      type: type!,
      content: content.trim(),
      visibility: chosenVisibility,
    };
    if (media.length > 0) input.mediaIds = media.map((m) => m.id);
    try {
      const result = await send('post.create', input);
      setContent('');
      setMedia([]);
      setResetKey((k) => k + 1);
      setNotice(result.status === 'sent' ? 'Posted.' : 'Saved. It will be posted when you are back online.');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="composer" onSubmit={submit} aria-label="Compose a post">
      <label htmlFor="composer-text" className="visually-hidden">
        New post
      </label>
      <textarea
        id="composer-text"
        placeholder="What are you working on?"
        value={content}
        rows={textType === 'text_long' ? 8 : 3}
        onChange={(e) => setContent(e.target.value)}
        aria-describedby="composer-count"
        aria-invalid={tooLong || undefined}
      />
      <div className="composer-row">
        <small id="composer-count" className={tooLong ? 'error' : 'hint'}>
          {content.length} / {limit}
        </small>
        <label>
          Length{' '}
          <select value={textType} onChange={(e) => setTextType(e.target.value as TextType)}>
            <option value="text_short">Short (500)</option>
            <option value="text_long">Long (5000)</option>
          </select>
        </label>
        <label>
          Visibility{' '}
          <select value={chosenVisibility} onChange={(e) => setVisibility(e.target.value as Visibility)}>
            <option value="public">Public</option>
            <option value="followers">Followers</option>
            <option value="connections">Connections</option>
            <option value="private">Only me</option>
          </select>
        </label>
      </div>
      {online ? (
        <div className="composer-media">
          <UploadField label="Add images" max={MAX_IMAGES} accept={MEDIA_TYPES} onChange={setMedia} onBusyChange={setUploading} resetKey={resetKey} />
          <StorageMeter />
        </div>
      ) : (
        <p className="hint">Images can be added when you are online.</p>
      )}
      {type === null ? (
        <p role="alert" className="error">
          A video or audio file is posted on its own; several files must all be images.
        </p>
      ) : null}
      <ErrorMessage error={error} />
      <div className="composer-row end">
        <span role="status" className="hint">
          {notice}
        </span>
        <button type="submit" disabled={!canPost}>
          Post
        </button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { rpc, type Input } from '../api/rpc';
import type { Media } from '../api/types';
import { ErrorMessage } from '../components/ErrorMessage';
import { StorageMeter } from '../components/StorageMeter';
import { UploadField } from '../components/UploadField';
import { useOutbox } from '../outbox/useOutbox';
import { useOnline } from '../offline/useOnline';

type Visibility = 'public' | 'followers' | 'private';
type TextType = 'text_short' | 'text_long';
const LIMITS: Record<TextType, number> = { text_short: 500, text_long: 5000 };
export const MAX_IMAGES = 4;

/** The post type the server expects: text posts by length, one image, or a gallery of 2-4. */
export function postTypeFor(textType: TextType, imageCount: number): Input<'post.create'>['type'] {
  if (imageCount === 1) return 'image';
  if (imageCount > 1) return 'gallery';
  return textType;
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
  const canPost = !busy && !uploading && !tooLong && (content.trim().length > 0 || media.length > 0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!canPost) return;
    setBusy(true);
    setError(null);
    setNotice('');
    const input: Input<'post.create'> = {
      type: postTypeFor(textType, media.length),
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
            <option value="private">Only me</option>
          </select>
        </label>
      </div>
      {online ? (
        <div className="composer-media">
          <UploadField label="Add images" max={MAX_IMAGES} accept="image/jpeg,image/png,image/gif,image/webp" onChange={setMedia} onBusyChange={setUploading} resetKey={resetKey} />
          <StorageMeter />
        </div>
      ) : (
        <p className="hint">Images can be added when you are online.</p>
      )}
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

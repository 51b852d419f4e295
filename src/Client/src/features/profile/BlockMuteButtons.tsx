import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rpc } from '../../api/rpc';
import { ErrorMessage } from '../../components/ErrorMessage';
import { refreshAfterBlockOrMute } from './refreshAfterBlock';

interface BlockMuteButtonsProps {
  username: string;
  isBlocking: boolean | null | undefined;
  isMuting: boolean | null | undefined;
}

/**
 * Mute / Unmute and Block / Unblock on someone else's profile. A block ends the follows both ways, so the cached
 * reads it changes are refreshed after it; a mute only hides the user from the caller's feeds and notifications.
 */
export function BlockMuteButtons({ username, isBlocking, isMuting }: BlockMuteButtonsProps) {
  const client = useQueryClient();
  const [blocking, setBlocking] = useState(Boolean(isBlocking));
  const [muting, setMuting] = useState(Boolean(isMuting));
  const block = useMutation({
    mutationFn: async () => (blocking ? rpc('social.unblock', { username }) : rpc('social.block', { username })),
    onSuccess: (data) => {
      setBlocking(data.blocked);
      refreshAfterBlockOrMute(client);
    },
  });
  const mute = useMutation({
    mutationFn: async () => (muting ? rpc('social.unmute', { username }) : rpc('social.mute', { username })),
    onSuccess: (data) => {
      setMuting(data.muted);
      refreshAfterBlockOrMute(client);
    },
  });
  return (
    <span className="block-mute-buttons">
      <button type="button" className="secondary" disabled={mute.isPending} onClick={() => mute.mutate()}>
        {muting ? 'Unmute' : 'Mute'}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={block.isPending}
        onClick={() => {
          if (blocking || window.confirm(`Block @${username}? You will stop following each other.`)) block.mutate();
        }}
      >
        {blocking ? 'Unblock' : 'Block'}
      </button>
      <ErrorMessage error={block.error ?? mute.error} />
    </span>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rpc } from '../../api/rpc';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ConfirmButton } from '../post/ConfirmButton';
import { connectedKey } from './useIsConnected';

/** "Remove connection" (social.removeConnection), asked twice; either side may end a connection. */
export function RemoveConnectionButton({ username, named = false }: { username: string; named?: boolean }) {
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => rpc('social.removeConnection', { username }),
    onSuccess: () => {
      client.setQueryData(connectedKey(username), false);
      void client.invalidateQueries({ queryKey: ['social.getConnections'] });
      void client.invalidateQueries({ queryKey: ['user.getProfile', { username }] });
      void client.invalidateQueries({ queryKey: ['feed.getHome'] });
    },
  });
  return (
    <span className="remove-connection">
      <ConfirmButton
        label={named ? `Remove connection with ${username}` : 'Remove connection'}
        question={`Remove your connection with @${username}?`}
        confirmLabel="Remove"
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
      />
      <ErrorMessage error={remove.error} />
    </span>
  );
}

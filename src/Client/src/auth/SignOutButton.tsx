import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { rpc } from '../api/rpc';
import { forgetLocalSession } from './forgetLocalSession';

export function SignOutButton() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    try {
      await rpc('auth.logout');
    } catch {
      // Signed out locally regardless: the cookie may already be gone, or we are offline.
    }
    forgetLocalSession(client);
    setBusy(false);
    navigate('/sign-in', { replace: true });
  };
  return (
    <button type="button" className="link-button" onClick={signOut} disabled={busy}>
      Sign out
    </button>
  );
}

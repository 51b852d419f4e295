import { useOnline } from '../offline/useOnline';

/** A visible, announced "Offline" status while the browser has no connection. */
export function StatusBar() {
  const online = useOnline();
  return (
    <div role="status" aria-live="polite" className={online ? 'status-bar' : 'status-bar offline'}>
      {online ? null : <span>Offline</span>}
    </div>
  );
}

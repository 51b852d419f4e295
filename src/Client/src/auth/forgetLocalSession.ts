import type { QueryClient } from '@tanstack/react-query';
import { setSession } from './session';
import { forgetStream } from '../live/LiveConnection';
import { resetOutboxRetry } from '../outbox/outbox';

/** Drops everything this browser holds of the signed-in member (after a sign-out, or once the server ended the session). */
export function forgetLocalSession(client: QueryClient): void {
  forgetStream();
  resetOutboxRetry();
  client.clear();
  setSession(client, null);
}

import { isNetworkError, isRpcError } from './rpc';

/** A sentence for a person, from any error a call can end with. */
export function describeError(e: unknown): string {
  if (isNetworkError(e)) return 'You appear to be offline. Try again when the connection is back.';
  if (isRpcError(e)) {
    switch (e.code) {
      case 1000:
      case 1002:
        return 'Please sign in again.';
      case 1001:
        return 'Wrong username, email or password.';
      case 1500:
      case 1501:
        return 'Too many attempts. Please wait a little and try again.';
      case 1600:
        return 'Your storage is full. Delete some media to upload more.';
      default:
        return e.message;
    }
  }
  return e instanceof Error ? e.message : 'Something went wrong.';
}

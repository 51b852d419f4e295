import type { Profile } from '../../api/types';

/** What `user.getProfile` answers to a viewer the profile's visibility hides it from: the public card. */
export interface RestrictedProfile {
  id: string;
  username: string;
  displayName: string;
  avatarUrl: string | null;
  isFollowing?: boolean | null;
  isBlocking?: boolean | null;
  isMuting?: boolean | null;
  followRequested?: boolean | null;
  restricted: true;
}

export type ProfileAnswer = Profile | RestrictedProfile;

export const isRestricted = (p: ProfileAnswer): p is RestrictedProfile => (p as RestrictedProfile).restricted === true;

/** Only http(s) addresses become links; anything else stays text (the server checks too, this is defence in depth). */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

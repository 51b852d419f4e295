import { rpc, type Input } from './rpc';
import type { Profile } from './types';

/** `user.getProfile` with the profile typed (the document leaves it open). */
export async function getProfile(input: Input<'user.getProfile'>): Promise<Profile> {
  const data = await rpc('user.getProfile', input);
  return data.profile as Profile;
}

export async function updateProfile(input: Input<'user.updateProfile'>): Promise<Profile> {
  const data = await rpc('user.updateProfile', input);
  return data.profile as Profile;
}

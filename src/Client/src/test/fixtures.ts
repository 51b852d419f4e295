import type { Post, SessionUser } from '../api/types';

export const alice: SessionUser = {
  id: 'u-alice',
  username: 'alice',
  displayName: 'Alice',
  email: 'alice@example.test',
  emailVerified: true,
  totpEnabled: false,
  avatarUrl: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  role: 'member',
};

let n = 0;
export function makePost(patch: Partial<Post> = {}): Post {
  n += 1;
  return {
    id: `p-${n}`,
    author: { id: 'u-bob', username: 'bob', displayName: 'Bob', avatarUrl: null, isFollowing: true },
    type: 'text_short',
    content: `post number ${n}`,
    media: [],
    visibility: 'public',
    reactionCounts: {},
    commentCount: 0,
    createdAt: new Date(Date.UTC(2026, 10, 30, 11, 0, 0) - n * 60_000).toISOString(),
    updatedAt: null,
    ...patch,
  };
}

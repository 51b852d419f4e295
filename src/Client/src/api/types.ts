import type { Output } from './rpc';

/** A post as every list and `post.getById` answers it. */
export type Post = Output<'post.getById'>['post'];
export type PostAuthor = Post['author'];
export type Comment = Output<'post.comment'>['comment'];
export type UserCard = Output<'social.getFollowers'>['items'][number];
export type Notification = Output<'notification.getNotifications'>['items'][number];
export type SessionUser = Output<'auth.getSession'>['user'];
export type Media = Output<'media.completeUpload'>['media'];
export type Settings = Output<'settings.get'>['settings'];
export type ReactionKind = 'like' | 'love' | 'laugh' | 'wow' | 'sad' | 'angry';
export const REACTIONS: readonly ReactionKind[] = ['like', 'love', 'laugh', 'wow', 'sad', 'angry'];

/** A page of a cursor-paginated list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * `user.getProfile` / `user.updateProfile`: the OpenAPI document leaves `profile` untyped, so its shape is
 * written here from docs/API.md.
 */
export interface Profile {
  id: string;
  username: string;
  displayName: string;
  bio: string | null;
  avatarUrl: string | null;
  bannerUrl: string | null;
  location: string | null;
  website: string | null;
  links: { platform: string; url: string }[];
  credits: { title: string; role: string; year: number; org?: string | null }[];
  education: { institution: string; degree?: string | null; field?: string | null; startYear?: number | null; endYear?: number | null }[];
  followersCount: number;
  followingCount: number;
  postsCount: number;
  isFollowing?: boolean | null;
  /** Whether the signed-in viewer blocks / mutes this user (absent when signed out or on one's own profile). */
  isBlocking?: boolean | null;
  isMuting?: boolean | null;
  /** The caller's follow request to this user is pending (signed in, someone else's profile). */
  followRequested?: boolean | null;
  /** One line, at most 120 characters. */
  headline?: string | null;
  createdAt: string;
}

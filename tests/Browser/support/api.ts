import { expect, type APIRequestContext } from '@playwright/test';

/** An account made through the API (a member who is not the one the scenario watches in the browser). */
export interface Account {
  id: string;
  username: string;
  email: string;
  password: string;
  token: string;
}

export const password = 'Correct-Horse-42';

/** A username no other scenario uses: `[a-z0-9_]`, at most 30 characters. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`.slice(0, 30);
}

/** Calls `POST /api/rpc` as docs/API.md describes it; answers `data`, failing the test on an error envelope. */
export async function rpc<T = any>(request: APIRequestContext, procedure: string, input: object = {}, token?: string): Promise<T> {
  const response = await request.post('/api/rpc', {
    data: { procedure, input },
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const body = await response.json();
  expect(body.success, `${procedure}: ${JSON.stringify(body.error)}`).toBe(true);
  return body.data as T;
}

/** Registers a member through `auth.register`. */
export async function register(request: APIRequestContext, prefix: string): Promise<Account> {
  const username = uniqueName(prefix);
  const email = `${username}@example.com`;
  const data = await rpc(request, 'auth.register', { username, email, password });
  return { id: data.user.id, username, email, password, token: data.sessionToken };
}

/** Every post of `username` (public ones, as anybody sees them), newest first. */
export async function postsBy(request: APIRequestContext, username: string, token?: string): Promise<any[]> {
  const posts: any[] = [];
  let cursor: string | null = null;
  do {
    const page: any = await rpc(request, 'post.getByUser', { username, limit: 100, ...(cursor ? { cursor } : {}) }, token);
    posts.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return posts;
}

/** The address the browser host lists in `Vrss:Auth:AdminEmails`: its account is an admin once verified. */
export const staffEmail = 'staff@browser.vrss.test';

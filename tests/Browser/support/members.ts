import { expect, type Page } from '@playwright/test';
import { password, uniqueName } from './api';

/** A member who uses the app in a browser page. */
export interface Member {
  username: string;
  email: string;
  password: string;
  page: Page;
}

/** Creates an account through the app's "Create account" screen; the member ends up signed in on the home feed. */
export async function signUp(page: Page, prefix: string): Promise<Member> {
  const username = uniqueName(prefix);
  const email = `${username}@example.com`;
  await page.goto('/');
  // A signed-out visitor is offered the sign-in form, and from it a way to create an account.
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Create account' }).or(page.getByRole('main').getByRole('button', { name: 'Create account' })).first().click();
  const form = page.locator('form').filter({ has: page.getByLabel('Email', { exact: true }) });
  await form.getByLabel('Username', { exact: true }).fill(username);
  await form.getByLabel('Email', { exact: true }).fill(email);
  await form.getByLabel('Password', { exact: true }).fill(password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expectSignedIn(page);
  return { username, email, password, page };
}

/** Signs in through the sign-in form with the username (or email) and password. */
export async function signIn(page: Page, login: string, secret: string = password): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Username or email').fill(login);
  await page.getByLabel('Password', { exact: true }).fill(secret);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expectSignedIn(page);
}

export async function expectSignedIn(page: Page): Promise<void> {
  const nav = page.getByRole('navigation');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  for (const name of ['Home', 'Discover', 'Profile', 'Settings']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(nav.getByRole('link', { name: /^Notifications( \(\d+\))?$/ })).toBeVisible();
}

/** Writes a post with the composer ("New post" and "Post") and waits until the member's own feed shows it. */
export async function post(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'New post' }).fill(text);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expectPosted(page, text);
}

/**
 * Waits until the page shows the post with `text` exactly once and not as "Pending" (while the answer is on its way,
 * the outbox's copy and the copy the live stream brought may both be shown for a moment).
 */
export async function expectPosted(page: Page, text: string): Promise<void> {
  await expect(postArticle(page, text).filter({ hasText: 'Pending' })).toHaveCount(0);
  await expect(postArticle(page, text)).toHaveCount(1);
}

/** The `<article>` of the post with `text` (each post in a list is one, holding its author's username and text). */
export function postArticle(page: Page, text: string) {
  return page.getByRole('article').filter({ hasText: text });
}

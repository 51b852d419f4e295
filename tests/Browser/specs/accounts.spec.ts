import { test, expect } from '../support/fixtures';
import { register, rpc } from '../support/api';
import { emailedLink } from '../support/mail';
import { expectSignedIn, signIn, signUp } from '../support/members';

test('a visitor creates an account, signs out, is refused with a wrong password and signs in again', async ({ page }) => {
  const member = await signUp(page, 'newcomer');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  // The session is gone on the server too, not only in this tab: a fresh load is still signed out.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  const session = await page.request.post('/api/rpc', { data: { procedure: 'auth.getSession', input: {} } });
  expect(session.status()).toBe(401);

  await page.getByLabel('Username or email').fill(member.username);
  await page.getByLabel('Password', { exact: true }).fill('Wrong-Password-99');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  await signIn(page, member.email);
});

test('the link in the verification email verifies the address', async ({ page, baseURL }) => {
  const member = await signUp(page, 'verifier');
  const link = await emailedLink(member.email, 'Verify your email address');
  expect(link.startsWith(`${baseURL}/verify-email?token=`)).toBe(true);

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect
    .poll(async () => (await rpcAsPage(page, 'auth.getSession')).user.emailVerified, { message: 'auth.getSession says the email is verified' })
    .toBe(true);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('keyboard only: sign in, then reach and follow a navigation link', async ({ page, request }) => {
  const account = await register(request, 'keys');
  await page.goto('/sign-in');
  const login = page.getByLabel('Username or email');
  await tabUntilFocused(page, login);
  await page.keyboard.type(account.username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await page.keyboard.type(account.password);
  await page.keyboard.press('Enter');
  await expectSignedIn(page);

  const discover = page.getByRole('navigation').getByRole('link', { name: 'Discover', exact: true });
  await tabUntilFocused(page, discover);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/discover$/);
  // Still signed in after moving around by keyboard.
  expect((await rpc(request, 'auth.getSession', {}, account.token)).user.username).toBe(account.username);
});

async function tabUntilFocused(page: import('@playwright/test').Page, target: import('@playwright/test').Locator): Promise<void> {
  // A keyboard user reaches every control with Tab; 40 presses is far more than any screen here has before it.
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'reachable with Tab').toBeFocused();
}

async function rpcAsPage(page: import('@playwright/test').Page, procedure: string): Promise<any> {
  const response = await page.request.post('/api/rpc', { data: { procedure, input: {} } });
  const body = await response.json();
  expect(body.success, JSON.stringify(body.error)).toBe(true);
  return body.data;
}

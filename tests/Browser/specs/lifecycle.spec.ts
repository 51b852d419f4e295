import { test, expect } from '../support/fixtures';
import { postsBy, register, rpc } from '../support/api';
import { post, signIn, signUp } from '../support/members';

test('a member edits their own comment and everyone sees it marked edited', async ({ page, request, openBrowser }) => {
  const member = await signUp(page, 'editor');
  const text = `Edit my comment, ${member.username}`;
  await post(page, text);
  const [created] = (await postsBy(request, member.username)).filter((p) => p.content === text);

  await page.goto(`/p/${created.id}`);
  await page.getByRole('textbox', { name: 'Add a comment' }).fill('A comment with a typo');
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  const comment = page.getByRole('article', { name: `Comment by ${member.username}` });
  await expect(comment).toContainText('A comment with a typo');
  await expect(comment.filter({ hasText: 'Pending' })).toHaveCount(0);
  await expect(comment).not.toContainText('edited');

  // By keyboard: the Edit button, the text, Save.
  await comment.getByRole('button', { name: 'Edit comment' }).focus();
  await page.keyboard.press('Enter');
  const box = comment.getByRole('textbox', { name: 'Edit your comment' });
  await expect(box).toBeFocused();
  await box.fill('A comment without a typo');
  await comment.getByRole('button', { name: 'Save comment' }).click();
  await expect(comment).toContainText('A comment without a typo');
  await expect(comment).toContainText('edited');

  // The server kept it: a signed-out reader (the public API) sees the new text with its edit time.
  const comments = await rpc(request, 'post.getComments', { postId: created.id });
  expect(comments.items).toHaveLength(1);
  expect(comments.items[0].content).toBe('A comment without a typo');
  expect(comments.items[0].editedAt).toBeTruthy();
  // Another reader's browser (signed out, nothing cached) shows the edited text marked edited.
  const reader = await openBrowser();
  await reader.goto(`/p/${created.id}`);
  const seen = reader.getByRole('article', { name: `Comment by ${member.username}` });
  await expect(seen).toContainText('A comment without a typo');
  await expect(seen).toContainText('edited');
  await expect(seen.getByRole('button', { name: 'Edit comment' })).toHaveCount(0);
});

test('a member exports their data and downloads the archive from the link', async ({ page }) => {
  const member = await signUp(page, 'exporter');
  await post(page, `Keep this post, ${member.username}`);
  await page.goto('/settings/account');
  const section = page.getByRole('region', { name: 'Export your data' });
  await section.getByRole('button', { name: 'Export my data' }).click();
  const link = section.getByRole('link', { name: 'Download your data' });
  // The page polls user.getExport until the archive is ready; the link appears without a reload.
  await expect(link).toBeVisible({ timeout: 30_000 });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/exports\//);

  // The link answers the member's own session with a zip archive (it starts with "PK").
  const archive = await page.request.get(href!);
  expect(archive.status()).toBe(200);
  const body = await archive.body();
  expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(body.includes(Buffer.from('posts.json'))).toBe(true);
});

test('a member deletes their account, is signed out, and signing in again cancels the deletion', async ({ page }) => {
  const member = await signUp(page, 'leaver');
  await page.goto('/settings/account');
  const form = page.getByRole('form', { name: 'Delete account' });
  await form.getByLabel('Password', { exact: true }).fill(member.password);
  await form.getByRole('button', { name: 'Delete account…' }).click();
  const dialog = form.getByRole('alertdialog', { name: 'Delete your account?' });
  await expect(dialog.getByRole('button', { name: 'Delete my account' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status').filter({ hasText: 'Your account is deleted and you are signed out' })).toBeVisible();
  const session = await page.request.post('/api/rpc', { data: { procedure: 'auth.getSession', input: {} } });
  expect(session.status()).toBe(401);
  // Hidden at once: the profile answers as if there were no such member.
  const profile = await page.request.post('/api/rpc', { data: { procedure: 'user.getProfile', input: { username: member.username } } });
  expect(profile.status()).toBe(404);

  await signIn(page, member.username);
  await expect(page.getByRole('status').filter({ hasText: 'Signing in cancelled the deletion of your account.' })).toBeVisible();
  const back = await page.request.post('/api/rpc', { data: { procedure: 'user.getProfile', input: { username: member.username } } });
  expect(back.status()).toBe(200);
});

test("a member reports someone else's post from its page and the server files the report", async ({ page, request }) => {
  const author = await register(request, 'reported');
  const text = `Report me, ${author.username}`;
  const created = (await rpc(request, 'post.create', { type: 'text_short', content: text, visibility: 'public' }, author.token)).post;
  const reporter = await signUp(page, 'reporter');

  await page.goto(`/p/${created.id}`);
  const article = page.getByRole('article', { name: `Post by ${author.username}` });
  await article.getByRole('button', { name: 'Report post' }).click();
  const dialog = article.getByRole('dialog', { name: 'Report this post' });
  await dialog.getByRole('combobox', { name: 'Reason' }).selectOption('spam');
  await dialog.getByRole('textbox', { name: 'Details for the moderators (optional)' }).fill('Selling things in every thread');
  const answer = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/rpc' && r.request().postDataJSON()?.procedure === 'moderation.report');
  await dialog.getByRole('button', { name: 'Send report' }).click();
  const body = await (await answer).json();
  expect(body.success, JSON.stringify(body.error)).toBe(true);
  expect(body.data.reportId).toBeTruthy();
  await expect(article.getByRole('status').filter({ hasText: 'Reported. Thank you' })).toBeVisible();

  // Reporting the same post again while that report is open answers the same report, so nothing piles up.
  await article.getByRole('button', { name: 'Report post' }).click();
  const again = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/rpc' && r.request().postDataJSON()?.procedure === 'moderation.report');
  await article.getByRole('dialog', { name: 'Report this post' }).getByRole('button', { name: 'Send report' }).click();
  expect((await (await again).json()).data.reportId).toBe(body.data.reportId);
  expect(reporter.username).not.toBe(author.username);
});

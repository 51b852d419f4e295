import { test, expect } from '../support/fixtures';
import { postsBy, register, rpc } from '../support/api';
import { post, postArticle, signUp } from '../support/members';

test('sign-up to post to a follower who sees it live, without a reload', async ({ page, openBrowser }) => {
  const author = await signUp(page, 'author');
  const readerPage = await openBrowser();
  const streamOpened = readerPage.waitForResponse((r) => new URL(r.url()).pathname === '/api/stream' && r.status() === 200);
  const reader = await signUp(readerPage, 'reader');
  await streamOpened;

  // The reader finds the author with the search box and follows them from their profile.
  const search = readerPage.getByRole('searchbox', { name: 'Search' });
  await search.fill(author.username);
  await search.press('Enter');
  await readerPage.getByRole('main').getByRole('link', { name: new RegExp(author.username) }).first().click();
  await expect(readerPage).toHaveURL(new RegExp(`/u/${author.username}$`));
  await readerPage.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect(readerPage.getByRole('button', { name: 'Unfollow', exact: true })).toBeVisible();

  await readerPage.getByRole('navigation').getByRole('link', { name: 'Home', exact: true }).click();
  await expect(readerPage.getByRole('textbox', { name: 'New post' })).toBeVisible();
  await readerPage.evaluate(() => ((window as any).__vrssSameDocument = true));

  const text = `Live from ${author.username}: ${Date.now()}`;
  await post(page, text);
  await expect(postArticle(page, text)).toContainText(author.username);

  const delivered = postArticle(readerPage, text);
  await expect(delivered).toBeVisible();
  await expect(delivered).toContainText(author.username);
  expect(await readerPage.evaluate(() => (window as any).__vrssSameDocument), 'the page was not reloaded').toBe(true);
  expect(reader.username).not.toBe(author.username);
});

test('the unread count in the navigation follows new notifications live', async ({ page, request }) => {
  const member = await signUp(page, 'noticed');
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();

  const fan = await register(request, 'fan');
  await rpc(request, 'social.follow', { username: member.username }, fan.token);
  await expect(nav.getByRole('link', { name: 'Notifications (1)', exact: true })).toBeVisible();

  const text = `Comment on this, ${member.username}`;
  await post(page, text);
  const [created] = (await postsBy(request, member.username)).filter((p) => p.content === text);
  await rpc(request, 'post.comment', { postId: created.id, content: 'Nice one' }, fan.token);
  await expect(nav.getByRole('link', { name: 'Notifications (2)', exact: true })).toBeVisible();

  await nav.getByRole('link', { name: 'Notifications (2)', exact: true }).click();
  await expect(page.getByRole('main')).toContainText(fan.username);
});

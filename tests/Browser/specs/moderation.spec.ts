import { test, expect } from '../support/fixtures';
import { password, register, rpc, staffEmail, uniqueName } from '../support/api';
import { emailedLink } from '../support/mail';
import { signIn } from '../support/members';

test('a moderator takes a reported post down from the Moderation page and its author is told why', async ({ page, request }) => {
  const author = await register(request, 'spammer');
  const text = `Buy cheap watches, ${author.username}`;
  const created = (await rpc(request, 'post.create', { type: 'text_short', content: text, visibility: 'public' }, author.token)).post;
  const reporter = await register(request, 'witness');
  await rpc(request, 'moderation.report', { postId: created.id, category: 'spam', comment: 'The same advert in every thread' }, reporter.token);

  // The staff member's address is in the host's Vrss:Auth:AdminEmails: registration is open to everyone, and this
  // account becomes an admin once it proves the address.
  const staffName = uniqueName('staff');
  await rpc(request, 'auth.register', { username: staffName, email: staffEmail, password });
  const link = await emailedLink(staffEmail, 'Verify your email address');
  await rpc(request, 'auth.verifyEmail', { token: new URL(link).searchParams.get('token') });
  await signIn(page, staffName);

  await page.getByRole('navigation').getByRole('link', { name: 'Moderation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Moderation', level: 1 })).toBeVisible();
  const card = page.getByRole('article', { name: /^Report .*\(post\)$/ }).filter({ hasText: text });
  await expect(card).toContainText('The same advert in every thread');
  await expect(card).toContainText('Not assigned');
  await card.getByRole('button', { name: 'Assign to me' }).click();
  await expect(card).toContainText(`Assigned to @${staffName}`);

  await card.getByLabel('Action').selectOption('remove_content');
  await card.getByLabel('Reason').fill('Advertising is not allowed here');
  await card.getByRole('button', { name: 'Resolve' }).click();
  // Resolved reports leave the default (open) view; the resolved view shows what was done and by whom.
  await expect(card).toHaveCount(0);
  await page.getByLabel('Status', { exact: true }).selectOption('resolved');
  await expect(card).toContainText(`Remove the content by @${staffName}`);
  await expect(card).toContainText('Advertising is not allowed here');
  await expect(card.getByRole('button', { name: 'Reopen' })).toBeVisible();

  // The post is gone for everyone, and its author learns why, without the moderator's name.
  const gone = await (await request.post('/api/rpc', { data: { procedure: 'post.getById', input: { postId: created.id } } })).json();
  expect(gone.success).toBe(false);
  expect(gone.error.code).toBe(1303);
  const notifications = await rpc(request, 'notification.getNotifications', {}, author.token);
  const removed = notifications.items.find((n: any) => n.type === 'content_removed');
  expect(removed?.reason).toBe('Advertising is not allowed here');
  expect(removed?.postId).toBe(created.id);
  expect(removed?.actor.username).toBe(author.username);
});

import { test, expect } from '../support/fixtures';
import { postsBy, register } from '../support/api';
import { expectPosted, post, postArticle, signIn } from '../support/members';
import { indexedDbHolds, waitForServiceWorkerControl } from '../support/offline';

test('offline: the feed stays readable, and a post written offline is pending, then delivered exactly once', async ({ page, context, request, problems }) => {
  // Requests the app makes while the browser is offline fail in the network layer; that is the scenario.
  problems.allow(/net::ERR_INTERNET_DISCONNECTED/);
  const account = await register(request, 'traveller');
  await signIn(page, account.username);
  const seen = `Seen before the tunnel, ${account.username}`;
  await post(page, seen);
  await waitForServiceWorkerControl(page);
  // The feed is kept in IndexedDB by the app (not in the service worker's caches), so it survives a reload offline.
  await expect.poll(() => indexedDbHolds(page, seen), { message: 'the home feed persisted in IndexedDB' }).toBe(true);

  await context.setOffline(true);
  await expect(page.getByText('Offline', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText('Offline', { exact: true })).toBeVisible();
  await expect(postArticle(page, seen)).toBeVisible();

  const written = `Written in the tunnel, ${account.username}`;
  await page.getByRole('textbox', { name: 'New post' }).fill(written);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(postArticle(page, written)).toHaveCount(1);
  await expect(postArticle(page, written)).toContainText('Pending');
  expect((await postsBy(request, account.username)).filter((p) => p.content === written)).toHaveLength(0);

  await context.setOffline(false);
  await expect(page.getByText('Offline', { exact: true })).toHaveCount(0);
  await expectPosted(page, written);
  expect((await postsBy(request, account.username)).filter((p) => p.content === written)).toHaveLength(1);

  // Nothing is left to send again: a fresh start of the app keeps exactly one.
  await page.reload();
  await expectPosted(page, written);
  expect((await postsBy(request, account.username)).filter((p) => p.content === written)).toHaveLength(1);
});

test('a post whose answer was lost on the way back is sent again with the same key and made once', async ({ page, context, request, problems }) => {
  problems.allow(/net::ERR_INTERNET_DISCONNECTED|net::ERR_CONNECTION_RESET|net::ERR_FAILED/);
  const account = await register(request, 'unlucky');
  await signIn(page, account.username);
  await waitForServiceWorkerControl(page);

  const text = `Said twice, made once, ${account.username}`;
  await context.setOffline(true);
  await page.getByRole('textbox', { name: 'New post' }).fill(text);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(postArticle(page, text)).toContainText('Pending');

  // Every attempt the app makes, with its key (seen as requests, so also those no route handles; the context's event,
  // since Chromium may report a request a service-worker-controlled page lets through as the worker's).
  const keys: string[] = [];
  context.on('request', (request) => {
    const body = request.url().endsWith('/api/rpc') ? request.postDataJSON() : null;
    if (body?.procedure === 'post.create' && body.input?.content === text) keys.push(body.context?.idempotencyKey);
  });

  // The first delivery reaches the silo, which makes the post, but its answer never reaches the app.
  let answered!: () => void;
  const firstAnswerLost = new Promise<void>((resolve) => (answered = resolve));
  let intercepted = 0;
  await context.route('**/api/rpc', async (route) => {
    const body = route.request().postDataJSON();
    if (body?.procedure !== 'post.create' || body.input?.content !== text || intercepted++ > 0) return route.fallback();
    const response = await route.fetch();
    expect(response.status()).toBe(200);
    await route.abort('connectionreset');
    answered();
  });
  await context.setOffline(false);
  await firstAnswerLost;
  expect((await postsBy(request, account.username)).filter((p) => p.content === text)).toHaveLength(1);

  // The app sends it again, with the same idempotency key: by itself after a back-off, or at the latest when the
  // member comes back to the app.
  await page.reload();
  await expectPosted(page, text);
  await expect.poll(() => keys.length, { message: 'the post was sent again' }).toBeGreaterThanOrEqual(2);
  expect(keys[0]).toBeTruthy();
  expect(new Set(keys).size, 'every attempt carried the same context.idempotencyKey').toBe(1);
  expect((await postsBy(request, account.username)).filter((p) => p.content === text)).toHaveLength(1);
});

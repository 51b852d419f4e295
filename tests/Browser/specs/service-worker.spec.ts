import { test, expect } from '../support/fixtures';
import { register } from '../support/api';
import { signIn } from '../support/members';
import { waitForServiceWorkerControl } from '../support/offline';

test('the service worker controls the page after the first load and never answers /api from a cache', async ({ page, context, request, problems }) => {
  problems.allow(/net::ERR_INTERNET_DISCONNECTED/);
  const apiResponses: { url: string; fromServiceWorker: boolean }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/')) apiResponses.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() });
  });

  await page.goto('/');
  await waitForServiceWorkerControl(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state)).toBe('activated');

  const account = await register(request, 'installer');
  await signIn(page, account.username);
  const streamOpened = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/stream');
  await page.reload();
  expect((await streamOpened).fromServiceWorker(), '/api/stream is not intercepted').toBe(false);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // A GET under /api (cacheable, unlike the RPC POSTs) goes to the network every time, and is kept in no cache.
  expect(await page.evaluate(async () => (await fetch('/api/openapi.json')).status)).toBe(200);
  expect(apiResponses.length).toBeGreaterThan(0);
  expect(apiResponses.filter((r) => r.fromServiceWorker)).toEqual([]);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });
  expect(cached.length, 'the app shell is precached').toBeGreaterThan(0);
  expect(cached.filter((url) => new URL(url).pathname.startsWith('/api/'))).toEqual([]);

  await context.setOffline(true);
  const offlineFetch = await page.evaluate(async () => {
    try {
      return `answered ${(await fetch('/api/openapi.json')).status}`;
    } catch {
      return 'failed';
    }
  });
  expect(offlineFetch, 'offline, /api is not answered from a cache').toBe('failed');
  await context.setOffline(false);
});

test('the app is installable: a web app manifest with 192 and 512 px icons, standalone, with a theme colour', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await request.get(new URL(href!, page.url()).toString());
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest.name).toBeTruthy();
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toBeTruthy();
  const sizes = (manifest.icons as { sizes: string }[]).map((icon) => icon.sizes);
  expect(sizes).toContain('192x192');
  expect(sizes).toContain('512x512');
  for (const icon of manifest.icons as { src: string }[]) {
    expect((await request.get(new URL(icon.src, page.url()).toString())).ok(), icon.src).toBe(true);
  }
});

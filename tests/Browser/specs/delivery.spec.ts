import { test, expect } from '../support/fixtures';

test('the first load gets its scripts and style Brotli-compressed, and the app runs from them', async ({ page }) => {
  const assets: { path: string; encoding: string | undefined }[] = [];
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (/^\/assets\/.+\.(js|css)$/.test(path) && !response.fromServiceWorker()) {
      assets.push({ path, encoding: (await response.allHeaders())['content-encoding'] });
    }
  });

  await page.goto('/');
  // The app ran (a copy that differed from its file would throw, and the fixture fails on uncaught errors).
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();

  const entry = await page.evaluate(() => (document.querySelector('script[type="module"]') as HTMLScriptElement).src);
  await expect.poll(() => assets.find((a) => a.path === new URL(entry).pathname)?.encoding, { message: 'the entry script' }).toBe('br');
  const vendor = assets.find((a) => a.path.includes('/vendor-'));
  expect(vendor?.encoding, 'the libraries chunk').toBe('br');
});

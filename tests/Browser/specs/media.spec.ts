import { test, expect } from '../support/fixtures';
import { postsBy, register } from '../support/api';
import { expectPosted, postArticle, signIn } from '../support/members';
import { gradientPng } from '../support/png';

test('a member posts an image: the upload shows its progress and the post shows the image', async ({ page, context, request }) => {
  const account = await register(request, 'painter');
  await signIn(page, account.username);

  // The PUT of the bytes is held until the progress bar has been seen, so a fast loopback upload cannot finish
  // before anyone could look; then it goes on to the silo untouched.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let uploadStarted!: () => void;
  const started = new Promise<void>((resolve) => (uploadStarted = resolve));
  await context.route(
    (url) => url.pathname.startsWith('/media/upload/'),
    async (route) => {
      uploadStarted();
      await released;
      await route.continue();
    },
  );

  const text = `A gradient by ${account.username}`;
  await page.getByRole('textbox', { name: 'New post' }).fill(text);
  await page.locator('input[type="file"]').setInputFiles({ name: 'gradient.png', mimeType: 'image/png', buffer: gradientPng(64, 48) });
  await started;
  await expect(page.getByRole('progressbar')).toBeVisible();
  // Posting waits for the upload: the button is usable again once the image is stored and verified.
  await expect(page.getByRole('button', { name: 'Post', exact: true })).toBeDisabled();
  release();
  await expect(page.getByRole('button', { name: 'Post', exact: true })).toBeEnabled();

  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expectPosted(page, text);
  const article = postArticle(page, text);
  const image = article.locator('img[src*="/media/"]');
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);

  const [created] = (await postsBy(request, account.username)).filter((p) => p.content === text);
  expect(created.media).toHaveLength(1);
  expect(created.media[0].contentType).toBe('image/png');
});

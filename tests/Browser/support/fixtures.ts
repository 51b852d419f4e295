import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/**
 * Collects what must never happen on any page of a scenario: console errors, uncaught exceptions, and server errors
 * (5xx). A browser's own line for a refused API call ("Failed to load resource: ... status of 401") is how Chromium
 * reports any 4xx answer a fetch gets (the session probe of a signed-out visitor is one), so those are expected;
 * scenarios that go offline allow the network failures they cause with `allow`.
 */
export class Problems {
  readonly found: string[] = [];
  private readonly allowed: RegExp[] = [/^Failed to load resource: the server responded with a status of 4\d\d/];

  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  watch(context: BrowserContext): void {
    context.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (this.allowed.some((pattern) => pattern.test(text))) return;
      this.found.push(`console error on ${message.page()?.url() ?? '?'}: ${text}`);
    });
    context.on('weberror', (error) => this.found.push(`uncaught on ${error.page()?.url() ?? '?'}: ${error.error().message}`));
    context.on('response', (response) => {
      if (response.status() >= 500) this.found.push(`${response.status()} from ${response.request().method()} ${response.url()}`);
    });
  }
}

interface Fixtures {
  problems: Problems;
  /** Another browser (a fresh context: its own cookies, storage and service worker) watched like the first. */
  openBrowser: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  baseURL: async ({}, use) => {
    const url = process.env.VRSS_BASE_URL;
    if (!url) throw new Error('VRSS_BASE_URL is not set: the tests run through global-setup.ts.');
    await use(url);
  },
  problems: [
    async ({ context }, use) => {
      const problems = new Problems();
      problems.watch(context);
      await use(problems);
      expect(problems.found, 'console errors, uncaught exceptions or server errors').toEqual([]);
    },
    { auto: true },
  ],
  openBrowser: async ({ browser, baseURL, problems }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await newContext(browser, baseURL!);
      problems.watch(context);
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL });
}

export { expect };

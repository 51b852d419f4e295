import path from 'node:path';
import { defineConfig } from '@playwright/test';

// The PWA in Debian's Chromium (Playwright's own browser download does not work on these machines), against one real
// silo that global-setup.ts starts (tests/Testing.BrowserHost). One worker: the machine has two cores and the
// scenarios share that silo; each scenario makes its own members, so order does not matter.
const results = process.env.VRSS_TEST_RESULTS ?? path.resolve(__dirname, '../../TestResults');

export default defineConfig({
  testDir: './specs',
  globalSetup: './global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  outputDir: path.join(results, 'browser-artifacts'),
  reporter: [['list'], ['junit', { outputFile: path.join(results, 'browser-junit.xml') }]],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.VRSS_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});

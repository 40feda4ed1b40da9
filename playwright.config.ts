import { defineConfig } from '@playwright/test';

/**
 * E2E against the browser host, in Debian's Chromium (Playwright's own browser
 * downloads are not available here). Each test starts its own host on a fresh
 * data directory (tests/e2e/fixtures.ts); `dist/renderer` must be built first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Generous: CI machines are loaded, and a step that waits on LibreOffice or axe can take ten times its quiet time.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // One retry on CI only: a timing flake must not block a landing, and Playwright still reports it as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: {
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    actionTimeout: 10_000,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=da-DK'],
    },
  },
});

import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWebHost, type WebHost } from '../../electron/web/host.ts';

const STATIC_DIR = resolve('dist/renderer');
const SEEDS_DIR = resolve('seeds');

export type HostHandle = {
  /** The loopback URL of the running host, with its access key (`/?token=…`); it changes on restart: a new port and key. */
  readonly url: string;
  /** A direct API call as the page makes it: the channel's address and the Authorization header with the key. */
  api(channel: string): { url: string; headers: Record<string, string> };
  readonly dataDir: string;
  /** The running app, for arranging large data fast through the same service the API uses. */
  readonly app: WebHost['app'];
  /** Close the host and start a new one on the same data directory, as after quitting the app; `whileClosed` runs in between. */
  restart(whileClosed?: () => Promise<void>): Promise<string>;
};

type Fixtures = {
  /** Set per file with `test.use({ withSeeds: true })` to start from the seeded store. */
  withSeeds: boolean;
  host: HostHandle;
  /** A second Referent on its own, empty data directory: a committee member's own machine. */
  memberHost: HostHandle;
  /** A browser page of its own (own context, own downloads) for the member's machine. */
  memberPage: Page;
};

/** Electron runs the renderer under the same strict CSP; a violation or an uncaught error fails the test. */
function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text())) problems.push(`csp: ${message.text()}`);
  });
  return problems;
}

async function withHost(seeds: boolean, use: (handle: HostHandle) => Promise<void>): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'referent-e2e-'));
  const start = () => startWebHost({ dataDir, staticDir: STATIC_DIR, port: 0, seedsDir: seeds ? SEEDS_DIR : undefined });
  let current: WebHost | undefined = await start();
  const handle: HostHandle = {
    get url() {
      if (!current) throw new Error('host is not running');
      return current.url;
    },
    api(channel) {
      if (!current) throw new Error('host is not running');
      return { url: `${current.origin}/api/${channel}`, headers: { Authorization: `Bearer ${current.token}` } };
    },
    dataDir,
    get app() {
      if (!current) throw new Error('host is not running');
      return current.app;
    },
    async restart(whileClosed) {
      await current?.close();
      current = undefined;
      await whileClosed?.();
      current = await start();
      return current.url;
    },
  };
  try {
    await use(handle);
  } finally {
    await current?.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    const problems = watchForProblems(page);
    await use(page);
    expect(problems, 'fejl i rendereren').toEqual([]);
  },
  withSeeds: [false, { option: true }],
  host: async ({ withSeeds }, use) => {
    await withHost(withSeeds, use);
  },
  // Playwright reads a fixture's dependencies from its destructuring; this one has none.
  // eslint-disable-next-line no-empty-pattern
  memberHost: async ({}, use) => {
    await withHost(false, use);
  },
  memberPage: async ({ browser, viewport, locale, timezoneId }, use) => {
    const context = await browser.newContext({ viewport, locale, timezoneId, acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await use(page);
    await context.close();
    expect(problems, 'fejl i medlemmets renderer').toEqual([]);
  },
});

export { expect };

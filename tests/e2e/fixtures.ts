import { test as base, expect } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWebHost, type WebHost } from '../../electron/web/host.ts';

const STATIC_DIR = resolve('dist/renderer');
const SEEDS_DIR = resolve('seeds');

export type HostHandle = {
  /** The loopback URL of the running host (it changes on restart: a new port). */
  readonly url: string;
  readonly dataDir: string;
  /** Close the host and start a new one on the same data directory, as after quitting the app. */
  restart(): Promise<string>;
};

type Fixtures = {
  /** Set per file with `test.use({ withSeeds: true })` to start from the seeded store. */
  withSeeds: boolean;
  host: HostHandle;
};

export const test = base.extend<Fixtures>({
  withSeeds: [false, { option: true }],
  host: async ({ withSeeds }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'referent-e2e-'));
    const start = () => startWebHost({ dataDir, staticDir: STATIC_DIR, port: 0, seedsDir: withSeeds ? SEEDS_DIR : undefined });
    let current: WebHost | undefined = await start();
    const handle: HostHandle = {
      get url() {
        if (!current) throw new Error('host is not running');
        return current.url;
      },
      dataDir,
      async restart() {
        await current?.close();
        current = undefined;
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
  },
});

export { expect };

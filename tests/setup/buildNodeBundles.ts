import { execFileSync } from 'node:child_process';

/**
 * Builds the CLI and browser-host bundles once before the unit tests, so the
 * tests that run `bin/referent.mjs` run what a user runs, from the sources as
 * they are now (a bundle left from an earlier build would test old code).
 */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' });
}

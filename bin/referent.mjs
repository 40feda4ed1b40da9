#!/usr/bin/env node
// Runs the CLI from its bundle (dist/node/cli.mjs, built by scripts/build-node.mjs
// in `npm install`'s prepare step), so a command starts as fast as Node itself.
// A checkout without the bundle (installed with --ignore-scripts) runs the
// TypeScript sources through tsx instead: slower to start, the same behaviour.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/node/cli.mjs', import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../electron/cli/main.ts');
}

#!/usr/bin/env node
// The CLI runs from the TypeScript sources through tsx, so `npx referent` works
// straight after `npm install`, with no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');

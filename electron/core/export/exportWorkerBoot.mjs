// Starts the export worker from the TypeScript sources (tsx, vitest, the web
// host): a worker thread does not inherit the parent's tsx loader, so it
// registers its own before importing the worker. The Electron bundle starts
// dist/electron/exportWorker.cjs instead and never loads this file.
import { register } from 'tsx/esm/api';

register();
await import('./exportWorker.ts');

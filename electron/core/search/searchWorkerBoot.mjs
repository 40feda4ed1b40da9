// Starts the search worker from the TypeScript sources (tsx, vitest, the web
// host run from its sources): a worker thread does not inherit the parent's
// tsx loader, so it registers its own before importing the worker. The
// bundles start their searchWorker.cjs instead and never load this file.
import { register } from 'tsx/esm/api';

register();
await import('./searchWorker.ts');

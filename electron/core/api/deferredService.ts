import { channelNames, type ServiceApi } from '../../../shared/api/contract.ts';

/**
 * The service before it exists: every call waits until the store has opened and
 * is then answered by the real service. Lets Electron register its handlers and
 * show the window at once, while a large store opens (the page's first calls
 * simply wait). If opening fails, every call fails with that error.
 */
export function deferredService(opening: Promise<ServiceApi>): ServiceApi {
  // A failure is reported where the opening is awaited; the calls' own rejections are their callers'.
  opening.catch(() => undefined);
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const name of channelNames) {
    api[name] = async (request) => ((await opening)[name] as (request: unknown) => Promise<unknown>)(request);
  }
  return api as ServiceApi;
}

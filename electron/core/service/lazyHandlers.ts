import type { ApiHandlers, ChannelName } from '../../../shared/api/contract.ts';

/**
 * A group of handlers whose module is imported on the group's first call, so a
 * start (the CLI's `list`, the host's first `meetings.list`) neither compiles
 * nor runs the code of channels it never calls. The channels are named here,
 * and the loaded group must implement exactly those (the type says so).
 */
export function lazyHandlers<K extends ChannelName>(channels: readonly K[], load: () => Promise<Pick<ApiHandlers, K>>): Pick<ApiHandlers, K> {
  let loaded: Promise<Pick<ApiHandlers, K>> | undefined;
  const group = () => (loaded ??= load().catch((error: unknown) => {
    // A failed import is tried again on the next call, not remembered.
    loaded = undefined;
    throw error;
  }));
  const handlers = {} as Record<K, (request: never) => Promise<unknown>>;
  for (const channel of channels) {
    handlers[channel] = async (request: never) => ((await group())[channel] as (request: never) => Promise<unknown>)(request);
  }
  return handlers as unknown as Pick<ApiHandlers, K>;
}

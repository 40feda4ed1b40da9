import type { ApiResult } from './result.ts';
import type { ChannelName } from './contract.ts';

/** What Electron's preload exposes as `window.referent`, and nothing more. */
export type ReferentBridge = {
  invoke(channel: ChannelName, payload: unknown): Promise<ApiResult<unknown>>;
};

export const BRIDGE_KEY = 'referent';

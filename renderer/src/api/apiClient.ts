import { createApiClient, type ApiClient, type Transport } from '../../../shared/api/client.ts';
import { BRIDGE_KEY, type ReferentBridge } from '../../../shared/api/bridge.ts';
import type { ApiResult } from '../../../shared/api/result.ts';

const KEEPALIVE_LIMIT = 60_000;

/** In Electron the preload's bridge carries calls over IPC; in a browser they go to the loopback host. */
function pickTransport(): Transport {
  const bridge = (window as unknown as Record<string, ReferentBridge | undefined>)[BRIDGE_KEY];
  if (bridge) return (channel, payload) => bridge.invoke(channel, payload);
  return async (channel, payload) => {
    const body = JSON.stringify(payload ?? {});
    const response = await fetch(`api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      // The last saves are sent while the tab closes; keepalive lets them finish. Browsers allow it up to 64 KB.
      keepalive: body.length < KEEPALIVE_LIMIT,
    });
    return (await response.json()) as ApiResult<unknown>;
  };
}

export const api: ApiClient = createApiClient(pickTransport());

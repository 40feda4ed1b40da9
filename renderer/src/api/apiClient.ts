import { createApiClient, type ApiClient, type Transport } from '../../../shared/api/client.ts';
import { BRIDGE_KEY, type ReferentBridge } from '../../../shared/api/bridge.ts';
import type { ApiResult } from '../../../shared/api/result.ts';

/** In Electron the preload's bridge carries calls over IPC; in a browser they go to the loopback host. */
function pickTransport(): Transport {
  const bridge = (window as unknown as Record<string, ReferentBridge | undefined>)[BRIDGE_KEY];
  if (bridge) return (channel, payload) => bridge.invoke(channel, payload);
  return async (channel, payload) => {
    const response = await fetch(`api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload ?? {}),
    });
    return (await response.json()) as ApiResult<unknown>;
  };
}

export const api: ApiClient = createApiClient(pickTransport());

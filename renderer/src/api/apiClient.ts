import { createApiClient, type ApiClient, type Transport } from '../../../shared/api/client.ts';
import { BRIDGE_KEY, type ReferentBridge } from '../../../shared/api/bridge.ts';
import type { ApiResult } from '../../../shared/api/result.ts';

const KEEPALIVE_LIMIT = 60_000;
const TOKEN_KEY = 'referent.token';

/**
 * The loopback host's access key, made new at each start and printed as
 * `?token=…` in its address. Taken from the address once, then kept in this
 * tab's sessionStorage for reloads and removed from the visible address, so it
 * does not end up in a bookmark, a screenshot or the history.
 */
function hostToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  let stored: string | null = null;
  try {
    if (fromUrl) window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    else stored = window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    // Storage may be off; the key from the address still works until the page reloads.
  }
  if (fromUrl) {
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return fromUrl ?? stored ?? '';
}

/** In Electron the preload's bridge carries calls over IPC; in a browser they go to the loopback host. */
function pickTransport(): Transport {
  const bridge = (window as unknown as Record<string, ReferentBridge | undefined>)[BRIDGE_KEY];
  if (bridge) return (channel, payload) => bridge.invoke(channel, payload);
  const token = hostToken();
  return async (channel, payload) => {
    const body = JSON.stringify(payload ?? {});
    const response = await fetch(`api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body,
      // The last saves are sent while the tab closes; keepalive lets them finish. Browsers allow it up to 64 KB.
      keepalive: body.length < KEEPALIVE_LIMIT,
    });
    return (await response.json()) as ApiResult<unknown>;
  };
}

export const api: ApiClient = createApiClient(pickTransport());

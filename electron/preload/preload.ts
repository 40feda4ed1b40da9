import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, type ReferentBridge } from '../../shared/api/bridge.ts';
import { isChannelName } from '../../shared/api/channelNames.ts';

/** The renderer gets exactly the typed API client's transport: no ipcRenderer, no other channel. */
const bridge: ReferentBridge = {
  invoke(channel, payload) {
    if (!isChannelName(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'ugyldig_forespoergsel', message: 'Ukendt handling.' } });
    }
    return ipcRenderer.invoke(channel, payload);
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);

import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames, type ServiceApi } from '../../shared/api/contract.ts';
import { dispatch } from '../core/api/dispatch.ts';
import { isTrustedSender } from '../core/security/urlPolicy.ts';

/**
 * Registers every channel of the contract through one path: the sender must be
 * our own top-level page on app://, and dispatch() validates the payload
 * against the channel's schema before any handler runs.
 */
export function registerApiHandlers(handlers: ServiceApi): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame?.url, frame !== null && frame.parent === null)) {
        return { ok: false, error: { code: 'ugyldig_forespoergsel', message: 'Afsenderen er ikke Referent.' } };
      }
      return dispatch(handlers, channel, payload);
    });
  }
}

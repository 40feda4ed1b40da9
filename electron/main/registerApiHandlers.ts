import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames, type ApiHandlers } from '../../shared/api/contract.ts';
import { dispatch } from '../core/api/dispatch.ts';
import { APP_ORIGIN } from './appProtocol.ts';

/**
 * Registers every channel of the contract through one path: the sender must be
 * our own top-level page on app://, and dispatch() validates the payload
 * against the channel's schema before any handler runs.
 */
export function registerApiHandlers(handlers: ApiHandlers): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'ugyldig_forespoergsel', message: 'Afsenderen er ikke Referent.' } };
      }
      return dispatch(handlers, channel, payload);
    });
  }
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

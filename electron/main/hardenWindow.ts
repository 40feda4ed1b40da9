import { shell, type BrowserWindow, type Session } from 'electron';
import { isAllowedExternalUrl, isAppUrl } from '../core/security/urlPolicy.ts';

/** Links in texts open in the system browser, and only for the allowed schemes. */
export function openExternalSafely(url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  // Reviewed (Electronegativity flags every non-constant openExternal): the URL has just passed the
  // http:/https:/mailto: allowlist above, and this is the only openExternal call in the app.
  void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
}

/** Electron's security checklist, per window: no navigation away, no new windows, no webviews. */
export function hardenWindow(win: BrowserWindow): void {
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      openExternalSafely(url);
    }
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Referent needs no camera, microphone, notifications, geolocation or anything else: every request is refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

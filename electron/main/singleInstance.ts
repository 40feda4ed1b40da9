import type { App, BrowserWindow } from 'electron';

/** The part of Electron's `app` the single-instance rule uses (a type only, so it is testable without Electron). */
export type SingleInstanceApp = Pick<App, 'requestSingleInstanceLock' | 'quit'> & {
  on(event: 'second-instance', listener: () => void): unknown;
};

/** The part of a BrowserWindow that is brought to the front. */
export type FocusableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>;

/**
 * One Referent process per machine user, so only one process writes the store.
 * Without the lock this instance quits and returns false (the caller must not start).
 * With it, a later second start brings the existing window to the front: restored if minimized, shown and focused.
 */
export function claimSingleInstance(app: SingleInstanceApp, currentWindow: () => FocusableWindow | null | undefined): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = currentWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}

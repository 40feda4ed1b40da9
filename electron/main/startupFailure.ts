import type { App, Dialog } from 'electron';
import { ReferentError } from '../../shared/api/result.ts';
import { storeText } from '../../shared/i18n/store.da.ts';

/** The parts of Electron's `dialog` and `app` a start-up failure uses (types only, so it is testable without Electron). */
export type ErrorDialog = Pick<Dialog, 'showErrorBox'>;
export type ExitingApp = Pick<App, 'exit'>;

/**
 * What the secretary reads when Referent cannot start: what happened (our own
 * Danish message when the store gave one, such as a lock held by another
 * window, or the technical message of anything unexpected) and the folder
 * where the data lies, untouched.
 */
export function startupFailureText(error: unknown, dataDir: string): { title: string; content: string } {
  const what = error instanceof ReferentError ? error.message : storeText.startFailedUnknown(error instanceof Error ? error.message : String(error));
  return { title: storeText.startFailedTitle, content: storeText.startFailed(what, dataDir) };
}

/** Any start-up failure: a Danish dialog, then exit with a failure code; never a silent exit. */
export function reportStartupFailure(dialog: ErrorDialog, app: ExitingApp, error: unknown, dataDir: string): void {
  console.error('[referent] start failed', error);
  const { title, content } = startupFailureText(error, dataDir);
  try {
    dialog.showErrorBox(title, content);
  } finally {
    app.exit(1);
  }
}

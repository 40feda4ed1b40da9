import { openApp, type ReferentApp } from '../core/openApp.ts';

/**
 * The data directory opened as the window opens it (the same store, service
 * and request validation), but read-only, so the CLI can read seeds/ or a
 * colleague's folder safely. Closed again whatever the command does.
 */
export async function withReadOnlyApp<T>(dir: string, use: (app: ReferentApp) => Promise<T>): Promise<T> {
  // No check after open: a command is over long before it would begin, and would only wait for it at close.
  const app = await openApp(dir, { readOnly: true, warmSearch: false, background: false });
  try {
    return await use(app);
  } finally {
    await app.close();
  }
}

import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Referent';

/**
 * Where the data lives when nothing else is said: `REFERENT_DATA`, or the same
 * folder Electron's app.getPath('userData') gives, so the browser host and the
 * desktop app share one store.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.REFERENT_DATA) return env.REFERENT_DATA;
  if (process.platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

import type { Credentials } from './remote.ts';

/** Where the sync password is kept: Electron's safeStorage in the app, this process's memory in the browser host and the CLI. */
export type CredentialStore = { load(): Promise<Credentials | null>; save(credentials: Credentials | null): Promise<void> };

/** The browser host's and the CLI's: credentials for this process only, seeded from REFERENT_SYNC_USER / REFERENT_SYNC_PASSWORD. */
export function memoryCredentials(initial: Credentials | null = null): CredentialStore {
  let kept = initial;
  return {
    load: async () => kept,
    save: async (c) => {
      kept = c;
    },
  };
}

import { safeStorage } from 'electron';
import { mkdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { CredentialStore } from '../core/sync/memoryCredentials.ts';
import type { Credentials } from '../core/sync/remote.ts';
import { writeFileDurably } from '../core/store/durableJsonFile.ts';
import { syncText } from '../../shared/i18n/sync.da.ts';

/**
 * The sync server's user and password, encrypted with Electron's safeStorage
 * (the system keychain: DPAPI, Keychain, libsecret) in `sync/adgang.bin`;
 * never in the JSON store and never in clear text. Where the system offers no
 * keychain the password is kept for this run only.
 */
export function safeCredentials(dataDir: string): CredentialStore {
  const path = join(dataDir, 'sync', 'adgang.bin');
  let memory: Credentials | null = null;
  return {
    async load() {
      if (memory) return memory;
      if (!safeStorage.isEncryptionAvailable()) return null;
      try {
        memory = JSON.parse(safeStorage.decryptString(await readFile(path))) as Credentials;
        return memory;
      } catch {
        return null;
      }
    },
    async save(credentials) {
      memory = credentials;
      if (!credentials) {
        await unlink(path).catch(() => undefined);
        return;
      }
      if (!safeStorage.isEncryptionAvailable()) {
        console.warn('[referent]', syncText.errors.noCredentialStore);
        return;
      }
      await mkdir(join(dataDir, 'sync'), { recursive: true });
      await writeFileDurably(path, safeStorage.encryptString(JSON.stringify(credentials)), { mode: 0o600 });
    },
  };
}

import { open, readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ReferentError } from '../../../shared/api/result.ts';
import { storeText } from '../../../shared/i18n/store.da.ts';

export const LOCK_FILE = 'referent.lock';

type LockOwner = { token: string; pid: number; host: string; since: string };

/**
 * One writer per data directory. The lock file is created exclusively and
 * names its owner; a lock whose owner process is gone (a crash, a kill) is
 * stale and taken over, so a crash never locks a secretary out.
 */
export class StoreLock {
  readonly path: string;
  readonly token: string;

  private constructor(path: string, token: string) {
    this.path = path;
    this.token = token;
  }

  static async acquire(dir: string): Promise<StoreLock> {
    const path = join(dir, LOCK_FILE);
    const owner: LockOwner = { token: randomUUID(), pid: process.pid, host: hostname(), since: new Date().toISOString() };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        const handle = await open(path, 'wx');
        try {
          await handle.writeFile(JSON.stringify(owner));
          await handle.sync();
        } finally {
          await handle.close();
        }
        return new StoreLock(path, owner.token);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const current = await readOwner(path);
      if (current && isAlive(current)) throw new ReferentError('konflikt', storeText.locked(current.pid, current.since));
      // Stale or unreadable: remove it and try again; the exclusive create decides any race.
      await unlink(path).catch(() => undefined);
    }
    throw new ReferentError('konflikt', storeText.lockFailed);
  }

  /** Releases the lock only if it is still ours. */
  async release(): Promise<void> {
    const current = await readOwner(this.path);
    if (current?.token === this.token) await unlink(this.path).catch(() => undefined);
  }
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  // A lock from another machine (a shared folder) cannot be checked: treat it as held.
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

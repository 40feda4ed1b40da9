import { link, open, readFile, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ReferentError } from '../../../shared/api/result.ts';
import { storeText } from '../../../shared/i18n/store.da.ts';
import { formatTimestamp } from '../../../shared/format/dates.ts';
import { tempPathFor, writeFileAtomically } from './durableJsonFile.ts';
import { diskFullOr } from './diskFull.ts';

/** Written by Referent before schema 4; still honoured, so an older version that holds it is never overrun. */
export const LEGACY_LOCK_FILE = 'referent.lock';
// Only names Referent writes: no leading zero (`referent.lock.007` would be read as 7 and sought under another name) and
// a safe integer (a longer number plus one is the same float): a stray file so named is not a lock and cannot jam it.
const GENERATION = /^referent\.lock\.([1-9]\d{0,14})$/;
export const lockFileName = (generation: number) => `${LEGACY_LOCK_FILE}.${generation}`;

type LockOwner = { token: string; pid: number; host: string; since: string; released?: boolean };
/** What a lock file says: held by a live process, free (released, or its process is gone), or not there. */
type Verdict = { kind: 'held'; owner: LockOwner } | { kind: 'free' } | { kind: 'gone' } | { kind: 'young' };

/** How long an unreadable lock file counts as one being written (only where hard links are unavailable). */
const YOUNG_MS = 10_000;
const ATTEMPTS = 8;

/**
 * One writer per data directory, decided by one atomic step. Each start takes
 * the next generation, `referent.lock.<n+1>`, by hard-linking a fully written
 * and fsynced owner file to that name: the link either creates the name with
 * complete content or fails because it exists, so no one ever reads a
 * half-written owner. A generation is never deleted while it is the newest (a
 * release marks it released instead), so two starts can only race for the
 * same name, and exactly one wins it. The winner then checks no newer
 * generation appeared and removes the older ones, which are all stale.
 *
 * A lock whose process is gone (a crash, a kill) is free: the next start takes
 * the next generation at once, so a crash never locks a secretary out.
 * (proper-lockfile was considered: its staleness is by age, so a restart after
 * a crash waits up to its stale period, and its takeover removes the lock
 * without re-checking it.)
 */
export class StoreLock {
  readonly path: string;
  readonly token: string;
  /** True when the previous writer did not release the lock: it crashed or was killed. */
  readonly tookOverStale: boolean;

  private constructor(path: string, token: string, tookOverStale: boolean) {
    this.path = path;
    this.token = token;
    this.tookOverStale = tookOverStale;
  }

  static async acquire(dir: string): Promise<StoreLock> {
    const owner: LockOwner = { token: randomUUID(), pid: process.pid, host: hostname(), since: new Date().toISOString() };
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const legacy = await judge(join(dir, LEGACY_LOCK_FILE));
      if (legacy.kind === 'held') throw locked(legacy.owner, join(dir, LEGACY_LOCK_FILE));
      if (legacy.kind === 'young') {
        await delay(50 * (attempt + 1));
        continue;
      }
      const generations = await listGenerations(dir);
      const top = generations[0] ?? 0;
      let stale = legacy.kind === 'free';
      if (top > 0) {
        const verdict = await judge(join(dir, lockFileName(top)));
        if (verdict.kind === 'held') throw locked(verdict.owner, join(dir, lockFileName(top)));
        if (verdict.kind === 'young') {
          await delay(50 * (attempt + 1));
          continue;
        }
        if (verdict.kind === 'gone') continue;
        stale ||= !(await isReleased(join(dir, lockFileName(top))));
      }
      const mine = join(dir, lockFileName(top + 1));
      if (!(await createExclusive(mine, owner))) continue;
      // A newer generation can only exist if ours was taken from a stale view of the folder: then it is not ours to hold.
      if ((await listGenerations(dir))[0] !== top + 1) {
        await unlink(mine).catch(() => undefined);
        continue;
      }
      for (const old of generations) await unlink(join(dir, lockFileName(old))).catch(() => undefined);
      if (legacy.kind === 'free') await unlink(join(dir, LEGACY_LOCK_FILE)).catch(() => undefined);
      return new StoreLock(mine, owner.token, stale);
    }
    throw new ReferentError('konflikt', storeText.lockFailed);
  }

  /** Marks the lock released (the file stays, so generations only ever grow), if it is still ours. */
  async release(): Promise<void> {
    const current = await readOwner(this.path);
    if (current?.token !== this.token) return;
    await writeFileAtomically(this.path, JSON.stringify({ ...current, released: true })).catch(() => undefined);
  }
}

async function listGenerations(dir: string): Promise<number[]> {
  const names = await readdir(dir);
  return names
    .map((n) => GENERATION.exec(n)?.[1])
    .filter((g): g is string => g !== undefined)
    .map(Number)
    .sort((a, b) => b - a);
}

/** Creates `path` with the owner's content in one step: a fsynced temp file hard-linked to the name. False if the name exists. */
async function createExclusive(path: string, owner: LockOwner): Promise<boolean> {
  const body = JSON.stringify(owner);
  const tmp = tempPathFor(path);
  try {
    // Not fsynced: after a power cut no process holds the lock anyway.
    await writeFile(tmp, body, { flag: 'wx' });
    try {
      await link(tmp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      // No hard links here (FAT, some network shares): an exclusive create; a reader treats its short empty moment as held.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
      return await createWithOpen(path, body);
    }
    return true;
  } catch (error) {
    throw diskFullOr(error);
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}

async function createWithOpen(path: string, body: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(body);
  } finally {
    await handle.close();
  }
  return true;
}

async function judge(path: string): Promise<Verdict> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' };
    throw error;
  }
  let owner: LockOwner | null;
  try {
    owner = JSON.parse(text) as LockOwner;
  } catch {
    owner = null;
  }
  if (!owner || typeof owner.pid !== 'number') {
    const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => Infinity);
    return age < YOUNG_MS && text.length === 0 ? { kind: 'young' } : { kind: 'free' };
  }
  if (owner.released) return { kind: 'free' };
  return isAlive(owner) ? { kind: 'held', owner } : { kind: 'free' };
}

async function isReleased(path: string): Promise<boolean> {
  return (await readOwner(path))?.released === true;
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

/**
 * Who holds the store, in the secretary's words. A lock from another computer (a shared folder) is never taken over,
 * as its process cannot be checked from here, so the message names that computer and the file to delete once
 * Referent is known to be closed there. Both come from the lock file, which anyone can write: kept short and printable.
 */
function locked(owner: LockOwner, path: string): ReferentError {
  const since = typeof owner.since === 'string' && Number.isFinite(Date.parse(owner.since)) ? formatTimestamp(owner.since) : null;
  // As isAlive judges it: a lock without this computer's name is another computer's (held, never taken over).
  if (owner.host !== hostname()) {
    const host = (typeof owner.host === 'string' ? owner.host.replace(/[^\p{L}\p{N}._-]/gu, '').slice(0, 64) : '') || 'ukendt';
    return new ReferentError('konflikt', storeText.lockedElsewhere(host, since, basename(path)));
  }
  return new ReferentError('konflikt', storeText.locked(Number.isSafeInteger(owner.pid) ? owner.pid : 0, since));
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

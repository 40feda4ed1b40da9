import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically, writeFileDurably } from '../store/durableJsonFile.ts';
import type { DocBody, SyncConflict } from './syncDocs.ts';

/**
 * The sync folder, `<data>/sync/`, beside the store and never part of its
 * schema: what this machine last agreed with the server. The store stays the
 * source of truth; everything here can be thrown away, and the next round
 * finds the difference again (at the cost of re-sending).
 *
 *   config.json                   the server address (never credentials), the shared committees, this machine's id
 *   <db>/checkpoint.json          the server's change sequence read up to, what was pushed (per meeting its updatedAt, bilag, log)
 *   <db>/base/<meetingId>.json    the meeting's documents as last agreed: revision and body of each (the common ancestor)
 *   <db>/base/_udvalg.json        the committee document, likewise
 *   <db>/revisionsspor.jsonl      other machines' audit entries for this committee, as they arrived
 *   konflikter.json               open conflicts, both versions kept, and the ids of resolved ones
 *   karantaene/                   documents from the server that failed the check on arrival, byte for byte, never applied
 */
export const SYNC_DIR = 'sync';

export type SyncConfig = { version: 1; machineId: string; remote: string | null; user: string | null; committees: string[] };
export type Checkpoint = { remote: string; since: string | number; meetings: Record<string, string>; bilag: string[]; auditSeq: number };
export type BaseDoc = { rev: string; body: DocBody | null };
export type BaseFile = { docs: Record<string, BaseDoc> };
export type ConflictFile = { open: SyncConflict[]; resolved: string[] };

async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFileDurably(path, JSON.stringify(value));
}

export class SyncFolder {
  readonly root: string;
  #fresh: SyncConfig | null = null;
  constructor(dataDir: string) {
    this.root = join(dataDir, SYNC_DIR);
  }

  async config(): Promise<SyncConfig> {
    const found = await readJson<SyncConfig>(join(this.root, 'config.json'));
    if (found && found.version === 1 && typeof found.machineId === 'string') return { ...found, user: found.user ?? null };
    // Written only when something is shared: reading the status of an unshared store leaves the data folder as it was.
    this.#fresh ??= { version: 1, machineId: randomUUID(), remote: null, user: null, committees: [] };
    return this.#fresh;
  }

  async saveConfig(config: SyncConfig): Promise<void> {
    await mkdir(this.root, { recursive: true });
    await writeJson(join(this.root, 'config.json'), config);
  }

  dbDir(db: string): string {
    return join(this.root, db);
  }

  async checkpoint(db: string, remote: string): Promise<Checkpoint> {
    const found = await readJson<Checkpoint>(join(this.dbDir(db), 'checkpoint.json'));
    // Another server knows nothing of what this one agreed: start afresh (the merge finds what differs).
    if (found && found.remote === remote) return found;
    if (found) await this.#clearBase(db);
    return { remote, since: 0, meetings: {}, bilag: [], auditSeq: 0 };
  }

  /** Like the bases: a checkpoint lost means changes read again (harmless), one ahead of its bases is caught by a refused push. */
  async saveCheckpoint(db: string, checkpoint: Checkpoint): Promise<void> {
    await mkdir(this.dbDir(db), { recursive: true });
    await writeFileAtomically(join(this.dbDir(db), 'checkpoint.json'), JSON.stringify(checkpoint));
  }

  async base(db: string, name: string): Promise<BaseFile> {
    return (await readJson<BaseFile>(join(this.dbDir(db), 'base', `${name}.json`))) ?? { docs: {} };
  }

  /**
   * Replaced in one step but not waited for on disk: a base lost or older after a
   * power cut only makes the next push be refused, and the refusal reads the
   * meeting from the server again (SyncEngine.#refetchMeeting). The store, the
   * source of truth, is written durably before any of this.
   */
  async saveBase(db: string, name: string, base: BaseFile): Promise<void> {
    await mkdir(join(this.dbDir(db), 'base'), { recursive: true });
    await writeFileAtomically(join(this.dbDir(db), 'base', `${name}.json`), JSON.stringify(base));
  }

  async #clearBase(db: string): Promise<void> {
    const dir = join(this.dbDir(db), 'base');
    for (const name of await readdir(dir).catch(() => [] as string[])) await unlink(join(dir, name)).catch(() => undefined);
  }

  async conflicts(): Promise<ConflictFile> {
    return (await readJson<ConflictFile>(join(this.root, 'konflikter.json'))) ?? { open: [], resolved: [] };
  }

  async saveConflicts(file: ConflictFile): Promise<void> {
    await mkdir(this.root, { recursive: true });
    await writeJson(join(this.root, 'konflikter.json'), file);
  }

  /** A document that failed the check on arrival, kept byte for byte with the reason; never applied. */
  async quarantine(db: string, docId: string, raw: string, reason: string): Promise<string> {
    const dir = join(this.root, 'karantaene');
    await mkdir(dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${db}-${docId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 120)}.json`;
    await writeFileDurably(join(dir, name), JSON.stringify({ database: db, id: docId, reason, document: raw }));
    return name;
  }

  async quarantined(): Promise<string[]> {
    return (await readdir(join(this.root, 'karantaene')).catch(() => [] as string[])).sort();
  }

  /** The newest refusals with their reasons, and how many there are in all. */
  async quarantineReport(newest = 10): Promise<{ total: number; recent: { at: string; id: string; reason: string }[] }> {
    const names = await this.quarantined();
    const recent: { at: string; id: string; reason: string }[] = [];
    for (const name of names.slice(-newest).reverse()) {
      const found = await readJson<{ id?: string; reason?: string }>(join(this.root, 'karantaene', name));
      const stamp = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
      const at = stamp ? `${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}.${stamp[5]}Z` : '';
      recent.push({ at, id: String(found?.id ?? name), reason: String(found?.reason ?? '') });
    }
    return { total: names.length, recent };
  }
}

import { mkdir, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DurableJsonFile, syncDirectory, writeFileDurably } from './durableJsonFile.ts';
import { migrate, type RawStore } from './migrations.ts';
import { StoreLock } from './storeLock.ts';
import { createBackup, dailyBackupDue, listBackups, readBackupFile } from './backups.ts';
import { SCHEMA_VERSION, meetingFileSchema, rootFileSchema, type MeetingFile, type RootFile } from '../../../shared/domain/storeSchema.ts';
import { summarizeMeeting, type Meeting, type MeetingSummary } from '../../../shared/domain/meeting.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { da } from '../../../shared/i18n/da.ts';
import { storeText } from '../../../shared/i18n/store.da.ts';
import { formatTimestamp } from '../../../shared/format/dates.ts';
import { securityText } from '../../../shared/i18n/security.da.ts';
import { jsonTooDeep } from '../security/inputGuard.ts';

export const ROOT_FILE = 'referent.json';
export const MEETINGS_DIR = 'meetings';
export const QUARANTINE_DIR = 'karantaene';
const READ_BATCH = 64;

export type OpenStoreOptions = {
  /** Copied into an empty data directory on first start; never written to. */
  seedsDir?: string;
  /** Reading only (the CLI, or seeds/ itself): nothing is created, locked, repaired or written. */
  readOnly?: boolean;
  now?: () => Date;
};

export type StoreChange = { type: 'meeting'; meeting: Meeting } | { type: 'meetingDeleted'; meetingId: string } | { type: 'reloaded' };

type Loaded = { root: RootFile; meetings: MeetingFile[]; notices: string[]; readOnly: boolean };
type Problem = { file: string; reason: string };

/**
 * The data directory: `referent.json` (schema version and committees) and one
 * `meetings/<id>.json` per meeting, each a lowdb database on a durable adapter.
 * An edit rewrites only its own meeting's file, so a save costs the same in a
 * store of 10 meetings as in one of 5,000. Loaded once at open; the callers
 * (the service) serialize writes through one WriteQueue.
 *
 * A damaged file is never silently dropped: it is moved, byte for byte, to
 * `karantaene/`, the newest good copy from `backups/` takes its place, and a
 * notice in Danish says what happened.
 */
export class Store {
  readonly dir: string;
  #readOnly: boolean;
  #root!: Low<RootFile>;
  #meetings = new Map<string, Low<MeetingFile>>();
  #notices: string[] = [];
  readonly #lock: StoreLock | null;
  readonly #now: () => Date;
  readonly #listeners = new Set<(change: StoreChange) => void>();

  private constructor(dir: string, readOnly: boolean, lock: StoreLock | null, now: () => Date) {
    this.dir = dir;
    this.#readOnly = readOnly;
    this.#lock = lock;
    this.#now = now;
  }

  static async open(dir: string, options: OpenStoreOptions = {}): Promise<Store> {
    const readOnly = options.readOnly ?? false;
    const now = options.now ?? (() => new Date());
    let lock: StoreLock | null = null;
    if (!readOnly) {
      await mkdir(join(dir, MEETINGS_DIR), { recursive: true });
      lock = await StoreLock.acquire(dir);
      await removeInterruptedWrites(dir);
    }
    try {
      if (!readOnly && !existsSync(join(dir, ROOT_FILE)) && options.seedsDir && existsSync(join(options.seedsDir, ROOT_FILE)) && !(await hasMeetings(dir))) {
        await copySeeds(options.seedsDir, dir);
      }
      const store = new Store(dir, readOnly, lock, now);
      store.#install(await load(dir, readOnly, now));
      if (!store.#readOnly && (await dailyBackupDue(dir, now()))) await createBackup(dir, 'daglig', SCHEMA_VERSION, now());
      return store;
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  get readOnly(): boolean {
    return this.#readOnly;
  }

  /** What the secretary should be told about this open: repairs, read-only mode. */
  notices(): string[] {
    return [...this.#notices];
  }

  /** Re-reads everything from disk, after a restore from backup. */
  async reload(): Promise<void> {
    this.#install(await load(this.dir, this.#readOnly, this.#now));
    this.#emit({ type: 'reloaded' });
  }

  /** Tells derived state (the search index) about every saved change. */
  onChange(listener: (change: StoreChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(change: StoreChange): void {
    for (const listener of this.#listeners) listener(change);
  }

  async close(): Promise<void> {
    await this.#lock?.release();
  }

  committees(): Committee[] {
    return this.#root.data.committees;
  }

  committee(id: string): Committee | undefined {
    return this.#root.data.committees.find((c) => c.id === id);
  }

  meeting(id: string): Meeting | undefined {
    return this.#meetings.get(id)?.data.meeting;
  }

  meetings(): Meeting[] {
    return [...this.#meetings.values()].map((low) => low.data.meeting);
  }

  meetingSummaries(): MeetingSummary[] {
    return this.meetings()
      .map(summarizeMeeting)
      .sort((a, b) => (b.date + b.time).localeCompare(a.date + a.time));
  }

  async putCommittee(committee: Committee): Promise<void> {
    this.#assertWritable();
    const list = this.#root.data.committees;
    const index = list.findIndex((c) => c.id === committee.id);
    if (index === -1) list.push(committee);
    else list[index] = committee;
    await this.#root.write();
  }

  async putMeeting(meeting: Meeting): Promise<void> {
    this.#assertWritable();
    let low = this.#meetings.get(meeting.id);
    if (!low) {
      low = new Low<MeetingFile>(meetingAdapter(this.dir, meeting.id), { schemaVersion: SCHEMA_VERSION, meeting });
      this.#meetings.set(meeting.id, low);
    }
    low.data = { schemaVersion: SCHEMA_VERSION, meeting };
    await low.write();
    this.#emit({ type: 'meeting', meeting });
  }

  async deleteMeeting(id: string): Promise<void> {
    this.#assertWritable();
    this.#meetings.delete(id);
    await unlink(meetingPath(this.dir, id)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await syncDirectory(join(this.dir, MEETINGS_DIR));
    this.#emit({ type: 'meetingDeleted', meetingId: id });
  }

  #install(loaded: Loaded): void {
    this.#readOnly = loaded.readOnly;
    this.#notices = loaded.notices;
    this.#root = new Low<RootFile>(new DurableJsonFile(join(this.dir, ROOT_FILE)), loaded.root);
    this.#meetings = new Map(loaded.meetings.map((file) => [file.meeting.id, new Low<MeetingFile>(meetingAdapter(this.dir, file.meeting.id), file)]));
  }

  #assertWritable(): void {
    if (this.#readOnly) throw new ReferentError('konflikt', da.errors.readOnlyStore);
  }
}

export function meetingPath(dir: string, id: string): string {
  return join(dir, MEETINGS_DIR, `${id}.json`);
}

function meetingAdapter(dir: string, id: string): DurableJsonFile<MeetingFile> {
  return new DurableJsonFile<MeetingFile>(meetingPath(dir, id));
}

async function hasMeetings(dir: string): Promise<boolean> {
  const meetingsDir = join(dir, MEETINGS_DIR);
  return existsSync(meetingsDir) && (await readdir(meetingsDir)).some((n) => n.endsWith('.json'));
}

/** Reads a JSON file; `undefined` when absent, a Problem when unreadable. */
async function readJsonFile(dir: string, file: string): Promise<unknown | Problem | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (text.replace(/\0/g, '').trim() === '') return { file, reason: storeText.reasons.empty };
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return { file, reason: storeText.reasons.json };
  }
  // Checked before zod, which recurses: a file nested too deep is damaged, not a reason to crash on start.
  return jsonTooDeep(value) ? { file, reason: securityText.store.tooDeep } : value;
}

const isProblem = (v: unknown): v is Problem => typeof v === 'object' && v !== null && 'reason' in v && 'file' in v && Object.keys(v).length === 2;

async function load(dir: string, readOnly: boolean, now: () => Date): Promise<Loaded> {
  const notices: string[] = [];
  const problems: Problem[] = [];
  let rootRaw = await readJsonFile(dir, ROOT_FILE);
  const meetingNames = existsSync(join(dir, MEETINGS_DIR)) ? (await readdir(join(dir, MEETINGS_DIR))).filter((n) => n.endsWith('.json')).sort() : [];
  if (rootRaw === undefined && meetingNames.length > 0) rootRaw = { file: ROOT_FILE, reason: storeText.reasons.empty };
  rootRaw ??= { schemaVersion: SCHEMA_VERSION, committees: [] };
  if (isProblem(rootRaw)) problems.push(rootRaw);

  const version = !isProblem(rootRaw) && typeof (rootRaw as { schemaVersion?: unknown }).schemaVersion === 'number' ? (rootRaw as { schemaVersion: number }).schemaVersion : SCHEMA_VERSION;
  let effectiveReadOnly = readOnly;
  if (version > SCHEMA_VERSION) {
    effectiveReadOnly = true;
    notices.push(storeText.newerVersion(version, SCHEMA_VERSION));
  }

  const rawMeetings: { file: string; data: Record<string, unknown> }[] = [];
  // Read in parallel batches: a large archive is thousands of small files, and waiting on each in turn is most of the start-up time.
  for (let i = 0; i < meetingNames.length; i += READ_BATCH) {
    const batch = meetingNames.slice(i, i + READ_BATCH).map((name) => `${MEETINGS_DIR}/${name}`);
    const read = await Promise.all(batch.map((file) => readJsonFile(dir, file)));
    read.forEach((data, k) => {
      if (data === undefined) return;
      if (isProblem(data)) problems.push(data);
      else rawMeetings.push({ file: batch[k]!, data: data as Record<string, unknown> });
    });
  }

  let raw: RawStore = { root: isProblem(rootRaw) ? { schemaVersion: version, committees: [] } : (rootRaw as Record<string, unknown>), meetings: rawMeetings.map((m) => m.data) };
  if (version < SCHEMA_VERSION) {
    if (!effectiveReadOnly) await createBackup(dir, 'foer-migrering', version, now());
    raw = migrate(raw, version);
  }

  const rootParsed = isProblem(rootRaw) ? null : rootFileSchema.safeParse({ ...raw.root, schemaVersion: SCHEMA_VERSION });
  let root: RootFile | null = rootParsed?.success ? rootParsed.data : null;
  if (rootParsed && !rootParsed.success) {
    if (version > SCHEMA_VERSION) throw new ReferentError('konflikt', storeText.newerVersion(version, SCHEMA_VERSION));
    problems.push({ file: ROOT_FILE, reason: storeText.reasons.schema });
  }

  const meetings: MeetingFile[] = [];
  raw.meetings.forEach((data, i) => {
    const parsed = meetingFileSchema.safeParse({ ...data, schemaVersion: SCHEMA_VERSION });
    if (parsed.success) meetings.push(parsed.data);
    else problems.push({ file: rawMeetings[i]!.file, reason: storeText.reasons.schema });
  });

  if (problems.length > 0) {
    if (effectiveReadOnly) {
      throw new ReferentError('intern_fejl', problems.map((p) => da.errors.storeUnreadable(p.file, p.reason)).join(' '));
    }
    for (const problem of problems) {
      await quarantine(dir, problem.file, now());
      notices.push(storeText.quarantined(problem.file, problem.reason));
      const restored = await restoreFromBackups(dir, problem.file);
      if (restored) {
        notices.push(storeText.restored(problem.file, formatTimestamp(restored.createdAt)));
        if (problem.file === ROOT_FILE) root = restored.data as RootFile;
        else meetings.push(restored.data as MeetingFile);
      } else if (problem.file === ROOT_FILE) {
        throw new ReferentError('intern_fejl', `${notices.join(' ')} ${storeText.rootLost}`);
      } else {
        notices.push(storeText.notRestored(problem.file));
      }
    }
  }

  root ??= { schemaVersion: SCHEMA_VERSION, committees: [] };
  if (!effectiveReadOnly && (version < SCHEMA_VERSION || !existsSync(join(dir, ROOT_FILE)))) {
    await new DurableJsonFile<RootFile>(join(dir, ROOT_FILE)).write(root);
    if (version < SCHEMA_VERSION) for (const m of meetings) await meetingAdapter(dir, m.meeting.id).write(m);
  }
  return { root, meetings, notices, readOnly: effectiveReadOnly };
}

/** Moves a damaged file aside unchanged, so nothing is lost and IT can look at it. */
async function quarantine(dir: string, file: string, now: Date): Promise<void> {
  const target = join(dir, QUARANTINE_DIR);
  await mkdir(target, { recursive: true });
  const name = `${now.toISOString().replace(/[:.]/g, '-')}-${file.replace(/\//g, '_')}`;
  await rename(join(dir, file), join(target, name));
  await syncDirectory(target);
  await syncDirectory(dir);
}

/** The newest backup of the same schema version whose copy of the file is valid, written back in place. */
async function restoreFromBackups(dir: string, file: string): Promise<{ data: RootFile | MeetingFile; createdAt: string } | null> {
  const schema = file === ROOT_FILE ? rootFileSchema : meetingFileSchema;
  for (const backup of await listBackups(dir)) {
    if (backup.schemaVersion !== SCHEMA_VERSION) continue;
    const text = await readBackupFile(dir, backup.id, file);
    if (text === null) continue;
    try {
      const value: unknown = JSON.parse(text);
      if (jsonTooDeep(value)) continue;
      const parsed = schema.safeParse(value);
      if (!parsed.success) continue;
      await writeFileDurably(join(dir, file), text);
      return { data: parsed.data, createdAt: backup.createdAt };
    } catch {
      continue;
    }
  }
  return null;
}

/** Temp files of writes that never reached their rename (a crash, a kill): the old file is intact, so they are garbage. */
async function removeInterruptedWrites(dir: string): Promise<void> {
  for (const folder of [dir, join(dir, MEETINGS_DIR)]) {
    for (const name of await readdir(folder)) {
      if (name.startsWith('.') && name.endsWith('.tmp')) await unlink(join(folder, name)).catch(() => undefined);
    }
  }
}

async function copySeeds(seedsDir: string, dir: string): Promise<void> {
  const from = join(seedsDir, MEETINGS_DIR);
  if (existsSync(from)) {
    for (const name of await readdir(from)) {
      if (name.endsWith('.json')) await writeFileDurably(join(dir, MEETINGS_DIR, name), await readFile(join(from, name)));
    }
  }
  // The root file goes last: its presence is what marks the directory as initialised.
  await writeFileDurably(join(dir, ROOT_FILE), await readFile(join(seedsDir, ROOT_FILE)));
}

import { mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DurableJsonFile, syncDirectory, writeFileDurably } from './durableJsonFile.ts';
import { migrate, type RawStore } from './migrations.ts';
import { SCHEMA_VERSION, meetingFileSchema, rootFileSchema, type MeetingFile, type RootFile } from '../../../shared/domain/storeSchema.ts';
import { summarizeMeeting, type Meeting, type MeetingSummary } from '../../../shared/domain/meeting.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { da } from '../../../shared/i18n/da.ts';

export const ROOT_FILE = 'referent.json';
export const MEETINGS_DIR = 'meetings';

export type OpenStoreOptions = {
  /** Copied into an empty data directory on first start; never written to. */
  seedsDir?: string;
  /** Reading only (the CLI's list/export, or seeds/ itself): nothing is created or written. */
  readOnly?: boolean;
};

/**
 * The data directory: `referent.json` (schema version and committees) and one
 * `meetings/<id>.json` per meeting, each a lowdb database on a durable adapter.
 * An edit rewrites only its own meeting's file, so a save costs the same in a
 * store of 10 meetings as in one of 5,000. Loaded once at open; the callers
 * (the service) serialize writes through one WriteQueue.
 */
export class Store {
  readonly dir: string;
  readonly readOnly: boolean;
  readonly #root: Low<RootFile>;
  readonly #meetings = new Map<string, Low<MeetingFile>>();

  private constructor(dir: string, root: Low<RootFile>, readOnly: boolean) {
    this.dir = dir;
    this.#root = root;
    this.readOnly = readOnly;
  }

  static async open(dir: string, options: OpenStoreOptions = {}): Promise<Store> {
    const readOnly = options.readOnly ?? false;
    if (!readOnly) {
      await mkdir(join(dir, MEETINGS_DIR), { recursive: true });
      if (!existsSync(join(dir, ROOT_FILE)) && options.seedsDir && existsSync(join(options.seedsDir, ROOT_FILE))) {
        await copySeeds(options.seedsDir, dir);
      }
    }
    const raw = await readRaw(dir);
    const foundVersion = typeof raw.root.schemaVersion === 'number' ? raw.root.schemaVersion : SCHEMA_VERSION;
    if (foundVersion > SCHEMA_VERSION) {
      throw new ReferentError('konflikt', da.errors.storeNewerVersion(foundVersion, SCHEMA_VERSION));
    }
    const migrated = foundVersion < SCHEMA_VERSION ? migrate(raw, foundVersion) : raw;
    const rootData = parseOrExplain(rootFileSchema, { ...migrated.root, schemaVersion: SCHEMA_VERSION }, ROOT_FILE);
    const root = new Low<RootFile>(new DurableJsonFile(join(dir, ROOT_FILE)), rootData);
    const store = new Store(dir, root, readOnly);
    for (const rawMeeting of migrated.meetings) {
      const file = parseOrExplain(meetingFileSchema, { ...rawMeeting, schemaVersion: SCHEMA_VERSION }, 'mødefil');
      const low = new Low<MeetingFile>(store.#meetingAdapter(file.meeting.id), file);
      store.#meetings.set(file.meeting.id, low);
    }
    if (!readOnly && (foundVersion < SCHEMA_VERSION || !existsSync(join(dir, ROOT_FILE)))) {
      await root.write();
      if (foundVersion < SCHEMA_VERSION) for (const low of store.#meetings.values()) await low.write();
    }
    return store;
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
      low = new Low<MeetingFile>(this.#meetingAdapter(meeting.id), { schemaVersion: SCHEMA_VERSION, meeting });
      this.#meetings.set(meeting.id, low);
    }
    low.data = { schemaVersion: SCHEMA_VERSION, meeting };
    await low.write();
  }

  async deleteMeeting(id: string): Promise<void> {
    this.#assertWritable();
    this.#meetings.delete(id);
    await unlink(meetingPath(this.dir, id)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await syncDirectory(join(this.dir, MEETINGS_DIR));
  }

  #meetingAdapter(id: string): DurableJsonFile<MeetingFile> {
    return new DurableJsonFile<MeetingFile>(meetingPath(this.dir, id));
  }

  #assertWritable(): void {
    if (this.readOnly) throw new ReferentError('konflikt', da.errors.readOnlyStore);
  }
}

export function meetingPath(dir: string, id: string): string {
  return join(dir, MEETINGS_DIR, `${id}.json`);
}

async function readRaw(dir: string): Promise<RawStore> {
  const rootAdapter = new DurableJsonFile<Record<string, unknown>>(join(dir, ROOT_FILE));
  const root = (await readJson(rootAdapter, ROOT_FILE)) ?? { schemaVersion: SCHEMA_VERSION, committees: [] };
  const meetings: Record<string, unknown>[] = [];
  const meetingsDir = join(dir, MEETINGS_DIR);
  const names = existsSync(meetingsDir) ? (await readdir(meetingsDir)).filter((n) => n.endsWith('.json')).sort() : [];
  for (const name of names) {
    const data = await readJson(new DurableJsonFile<Record<string, unknown>>(join(meetingsDir, name)), `${MEETINGS_DIR}/${name}`);
    if (data) meetings.push(data);
  }
  return { root, meetings };
}

async function readJson<T>(adapter: DurableJsonFile<T>, label: string): Promise<T | null> {
  try {
    return await adapter.read();
  } catch (error) {
    throw new ReferentError('intern_fejl', da.errors.storeUnreadable(label, (error as Error).message));
  }
}

function parseOrExplain<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown, label: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new ReferentError('intern_fejl', da.errors.storeUnreadable(label, details.join('; ')), details);
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

import { link, mkdir, open, readdir, readFile, rm, stat, unlink } from 'node:fs/promises';
import { existsSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurably, syncDirectory, sameStamp, stampOf, type FileStamp } from './durableJsonFile.ts';

export const BACKUPS_DIR = 'backups';
const MANIFEST = 'manifest.json';
/** The stamp each file had in the data directory when this backup took it: the next backup links what has not changed since. */
const FILES = 'files.json';
const ROOT = 'referent.json';
const AUDIT = 'audit.jsonl';
const MEETINGS = 'meetings';
/** Bilag files, named by their SHA-256: never changed once written, so every backup after the first links them. */
const BILAG = 'bilag';
const BILAG_NAME = /^[0-9a-f]{64}$/;

export type BackupReason = 'daglig' | 'foer-migrering' | 'foer-gendannelse' | 'manuel';

export type BackupInfo = { id: string; createdAt: string; reason: BackupReason; schemaVersion: number; meetings: number };

/** How many of each kind are kept; older ones are removed when a new one is made. */
const KEEP: Record<BackupReason, number> = { daglig: 10, 'foer-migrering': 5, 'foer-gendannelse': 5, manuel: 10 };
const DAILY_MS = 20 * 60 * 60 * 1000;
const BATCH = 32;
const INTERRUPTED_AFTER_MS = 60 * 60 * 1000;

/**
 * A live file's stamp as a backup records it: with the inode's change time,
 * which an edit in place cannot set back (`cp -p`, `touch -r` and `rsync -t`
 * put the mtime back, and the size may well stay). A backup compares on it
 * before it links an older copy, and a restore before it leaves a file as it
 * is. The store's own stamps leave it out: sync clients and virus scanners
 * touch it (extended attributes), and each touch would read as a change.
 */
type BackupStamp = FileStamp & { ctimeMs?: number };
type FileRecord = Record<string, BackupStamp>;

const backupStampOf = (stats: Stats): BackupStamp => ({ ...stampOf(stats), ctimeMs: stats.ctimeMs });

/** A record from before change times were kept has none: its file counts as changed, once. */
function sameBackupStamp(recorded: BackupStamp | null | undefined, live: BackupStamp | null): boolean {
  return sameStamp(recorded, live) && recorded?.ctimeMs !== undefined && recorded.ctimeMs === live?.ctimeMs;
}

/** A backup being made: files copied or linked so far, and the stamp each had when taken. */
export type BackupDraft = { dir: string; id: string; target: string; createdAt: string; reason: BackupReason; schemaVersion: number; files: FileRecord; auditSize: number };

/** The files a backup holds: everything that is the secretary's data (bilag included), nothing derived (the index, the lock). */
async function dataFiles(dir: string): Promise<string[]> {
  const files = [ROOT, AUDIT].filter((f) => existsSync(join(dir, f)));
  const meetingsDir = join(dir, MEETINGS);
  if (existsSync(meetingsDir)) for (const name of (await readdir(meetingsDir)).sort()) if (name.endsWith('.json') && !name.startsWith('.')) files.push(`${MEETINGS}/${name}`);
  const bilag = await readdir(join(dir, BILAG), { withFileTypes: true }).catch(() => []);
  for (const entry of bilag.sort((a, b) => (a.name < b.name ? -1 : 1))) if (entry.isFile() && BILAG_NAME.test(entry.name)) files.push(`${BILAG}/${entry.name}`);
  return files;
}

const backupIdOf = (createdAt: string, reason: BackupReason) => `${createdAt.replace(/[:.]/g, '-')}-${reason}`;

/**
 * Phase one of a backup, which may run while the app works: every data file is
 * hard-linked from the newest complete backup when its stamp has not changed
 * since that backup took it, and copied otherwise, so a backup costs in
 * proportion to what changed. Backups never share a file with the data
 * directory itself, only with each other (an edit in place of a live file
 * cannot reach them).
 */
export async function startBackup(dir: string, reason: BackupReason, schemaVersion: number, now: Date): Promise<BackupDraft> {
  const createdAt = now.toISOString();
  const id = backupIdOf(createdAt, reason);
  const target = join(dir, BACKUPS_DIR, id);
  await removeInterrupted(dir);
  await mkdir(join(target, MEETINGS), { recursive: true });
  await mkdir(join(target, BILAG), { recursive: true });
  const previous = await newestComplete(dir);
  const draft: BackupDraft = { dir, id, target, createdAt, reason, schemaVersion, files: {}, auditSize: 0 };
  const files = await dataFiles(dir);
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(files.slice(i, i + BATCH).map((file) => takeFile(draft, file, previous)));
  }
  return draft;
}

/**
 * Phase two, run in the store's write queue: takes again the files the store
 * wrote while phase one ran (so the backup is one consistent moment), drops
 * those it deleted, and writes the manifest last, durably. A backup without a
 * manifest was interrupted and is never used.
 */
export async function finishBackup(draft: BackupDraft, changed: Iterable<string> = []): Promise<BackupInfo> {
  for (const file of new Set(changed)) {
    await rm(join(draft.target, file), { force: true });
    delete draft.files[file];
    if (existsSync(join(draft.dir, file))) await takeFile(draft, file, null);
  }
  const audit = await stat(join(draft.dir, AUDIT)).catch(() => null);
  if (audit && audit.size !== draft.auditSize) {
    await rm(join(draft.target, AUDIT), { force: true });
    await takeFile(draft, AUDIT, null);
  }
  await syncDirectory(join(draft.target, MEETINGS));
  await syncDirectory(join(draft.target, BILAG));
  await syncDirectory(draft.target);
  const meetings = Object.keys(draft.files).filter((f) => f.startsWith(`${MEETINGS}/`)).length;
  const info: BackupInfo = { id: draft.id, createdAt: draft.createdAt, reason: draft.reason, schemaVersion: draft.schemaVersion, meetings };
  await writeFileDurably(join(draft.target, FILES), JSON.stringify(draft.files) + '\n');
  await writeFileDurably(join(draft.target, MANIFEST), JSON.stringify(info, null, 1) + '\n');
  await prune(draft.dir, draft.reason);
  return info;
}

/** Both phases at once, for when nothing else writes (before a migration, in tests). */
export async function createBackup(dir: string, reason: BackupReason, schemaVersion: number, now: Date = new Date()): Promise<BackupInfo> {
  return finishBackup(await startBackup(dir, reason, schemaVersion, now));
}

async function takeFile(draft: BackupDraft, file: string, previous: { id: string; files: FileRecord } | null): Promise<void> {
  const source = join(draft.dir, file);
  const destination = join(draft.target, file);
  const before = await stat(source).catch(() => null);
  if (!before) return;
  const stamp = backupStampOf(before);
  const old = previous?.files[file];
  if (previous && old && sameBackupStamp(old, stamp)) {
    try {
      await link(join(draft.dir, BACKUPS_DIR, previous.id, file), destination);
      draft.files[file] = stamp;
      if (file === AUDIT) draft.auditSize = stamp.size;
      return;
    } catch {
      // No hard links here, too many, or the older copy is gone: copy instead.
    }
  }
  // Copied through one open handle, so the stamp recorded is that of the bytes copied.
  const handle = await open(source, 'r').catch(() => null);
  if (!handle) return;
  try {
    const taken = backupStampOf(await handle.stat());
    const bytes = await handle.readFile();
    const out = await open(destination, 'wx');
    try {
      await out.writeFile(bytes);
    } finally {
      await out.close();
    }
    draft.files[file] = taken;
    if (file === AUDIT) draft.auditSize = bytes.length;
  } finally {
    await handle.close();
  }
}

/** Backups with a readable manifest, newest first. */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  return (await scanBackups(dir)).complete;
}

/** Every backup folder: complete ones, ones whose manifest is damaged (reported by `check`), and interrupted ones. */
export async function scanBackups(dir: string): Promise<{ complete: BackupInfo[]; damaged: string[]; interrupted: string[] }> {
  const root = join(dir, BACKUPS_DIR);
  const result = { complete: [] as BackupInfo[], damaged: [] as string[], interrupted: [] as string[] };
  if (!existsSync(root)) return result;
  for (const id of await readdir(root)) {
    let text: string;
    try {
      text = await readFile(join(root, id, MANIFEST), 'utf8');
    } catch {
      result.interrupted.push(id);
      continue;
    }
    const info = parseManifest(text, id);
    if (info) result.complete.push(info);
    else result.damaged.push(id);
  }
  result.complete.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  result.damaged.sort().reverse();
  return result;
}

function parseManifest(text: string, id: string): BackupInfo | null {
  try {
    const info = JSON.parse(text) as Partial<BackupInfo>;
    if (info.id !== id || typeof info.createdAt !== 'string' || typeof info.schemaVersion !== 'number' || typeof info.reason !== 'string' || !(info.reason in KEEP)) return null;
    return info as BackupInfo;
  } catch {
    return null;
  }
}

async function newestComplete(dir: string): Promise<{ id: string; files: FileRecord } | null> {
  for (const backup of await listBackups(dir)) {
    try {
      return { id: backup.id, files: JSON.parse(await readFile(join(dir, BACKUPS_DIR, backup.id, FILES), 'utf8')) as FileRecord };
    } catch {
      // A backup made before files.json existed, or a damaged one: nothing to link from it.
    }
  }
  return null;
}

/** True when the newest daily backup is older than a working day; read from the folder names, without opening any backup. */
export async function dailyBackupDue(dir: string, now: Date = new Date()): Promise<boolean> {
  const root = join(dir, BACKUPS_DIR);
  if (!existsSync(root)) return true;
  const daily = (await readdir(root)).filter((n) => n.endsWith('-daglig')).sort().reverse();
  for (const id of daily) {
    if (!existsSync(join(root, id, MANIFEST))) continue;
    const createdAt = backupTime(id);
    // One taken while the clock stood in the future says nothing about today: without this, a single start with the
    // clock set years ahead would stop the daily backups until that date.
    if (createdAt > now.getTime() + CLOCK_SLACK_MS) continue;
    return !Number.isFinite(createdAt) || now.getTime() - createdAt > DAILY_MS;
  }
  return true;
}

/** How far ahead of this machine's clock a backup's time may be before it counts as taken under a wrong clock. */
const CLOCK_SLACK_MS = 60 * 60 * 1000;

/** When a backup was taken, from its folder's name (`2026-02-03T14-30-00-000Z-daglig`); NaN for another name. */
export function backupTime(id: string): number {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(id);
  return m ? Date.parse(`${m[1]}:${m[2]}:${m[3]}.${m[4]}Z`) : NaN;
}

export async function readBackupFile(dir: string, backupId: string, file: string): Promise<string | null> {
  try {
    return await readFile(join(dir, BACKUPS_DIR, backupId, file), 'utf8');
  } catch {
    return null;
  }
}

/** Every backup folder's name, newest first, whatever state its manifest is in: a damaged manifest never hides a good copy. */
export async function backupFoldersNewestFirst(dir: string, now: Date = new Date()): Promise<string[]> {
  const root = join(dir, BACKUPS_DIR);
  if (!existsSync(root)) return [];
  const names = (await readdir(root)).sort().reverse();
  // Taken while the clock stood in the future: not newer than today's, so tried after every other.
  const future = (id: string) => backupTime(id) > now.getTime() + CLOCK_SLACK_MS;
  return [...names.filter((id) => !future(id)), ...names.filter(future)];
}

export type RestorePlan = { backupId: string; write: string[]; remove: string[] };

/**
 * What putting a backup back would do: the root, meeting and bilag files to write
 * (a file whose stamp still equals the one the backup recorded is the same
 * file, and is left alone) and the meetings the backup did not have. The
 * audit log is never put back: it only grows, and the restore is an entry in it.
 */
export async function planRestore(dir: string, backupId: string): Promise<RestorePlan> {
  const source = join(dir, BACKUPS_DIR, backupId);
  const recorded: FileRecord = await readFile(join(source, FILES), 'utf8').then((t) => JSON.parse(t) as FileRecord, () => ({}));
  const files = (await dataFiles(source)).filter((f) => f !== AUDIT);
  const keep = new Set(files);
  const write: string[] = [];
  for (const file of files) {
    const live = await stat(join(dir, file)).then(backupStampOf, () => null);
    if (!sameBackupStamp(recorded[file], live)) write.push(file);
  }
  const remove = (await dataFiles(dir)).filter((file) => file.startsWith(`${MEETINGS}/`) && !keep.has(file));
  return { backupId, write, remove };
}

/** Carries out a restore plan, durably. */
export async function applyRestore(dir: string, plan: RestorePlan): Promise<void> {
  const source = join(dir, BACKUPS_DIR, plan.backupId);
  // Bilag the backup holds and the folder has lost are put back; bilag added since stay (meetings may name them).
  if (plan.write.some((f) => f.startsWith(`${BILAG}/`))) await mkdir(join(dir, BILAG), { recursive: true });
  for (const file of plan.write) await writeFileDurably(join(dir, file), await readFile(join(source, file)));
  for (const file of plan.remove) await unlink(join(dir, file)).catch(() => undefined);
  await syncDirectory(join(dir, MEETINGS));
  if (existsSync(join(dir, BILAG))) await syncDirectory(join(dir, BILAG));
}

/** Backups left without a manifest by an interrupted run (a crash, a full disk) are never used; removed once surely not in progress. */
async function removeInterrupted(dir: string): Promise<void> {
  for (const id of (await scanBackups(dir)).interrupted) {
    const folder = join(dir, BACKUPS_DIR, id);
    const age = await stat(folder).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > INTERRUPTED_AFTER_MS) await rm(folder, { recursive: true, force: true });
  }
}

async function prune(dir: string, reason: BackupReason): Promise<void> {
  const same = (await listBackups(dir)).filter((b) => b.reason === reason);
  for (const old of same.slice(KEEP[reason])) await rm(join(dir, BACKUPS_DIR, old.id), { recursive: true, force: true });
}


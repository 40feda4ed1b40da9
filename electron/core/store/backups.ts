import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurably, syncDirectory } from './durableJsonFile.ts';

export const BACKUPS_DIR = 'backups';
const MANIFEST = 'manifest.json';

export type BackupReason = 'daglig' | 'foer-migrering' | 'foer-gendannelse' | 'manuel';

export type BackupInfo = { id: string; createdAt: string; reason: BackupReason; schemaVersion: number; meetings: number };

/** How many of each kind are kept; older ones are removed when a new one is made. */
const KEEP: Record<BackupReason, number> = { daglig: 10, 'foer-migrering': 5, 'foer-gendannelse': 5, manuel: 10 };
const DAILY_MS = 20 * 60 * 60 * 1000;

/** The files a backup holds: everything that is the secretary's data, nothing derived. */
async function dataFiles(dir: string): Promise<string[]> {
  const files = ['referent.json', 'audit.jsonl'].filter((f) => existsSync(join(dir, f)));
  const meetingsDir = join(dir, 'meetings');
  if (existsSync(meetingsDir)) for (const name of (await readdir(meetingsDir)).sort()) if (name.endsWith('.json')) files.push(join('meetings', name));
  return files;
}

/**
 * A full copy of the data files in `backups/<time>-<reason>/`. The manifest is
 * written last and durably: a backup without one was interrupted and is never used.
 */
export async function createBackup(dir: string, reason: BackupReason, schemaVersion: number, now: Date = new Date()): Promise<BackupInfo> {
  const createdAt = now.toISOString();
  const id = `${createdAt.replace(/[:.]/g, '-')}-${reason}`;
  const target = join(dir, BACKUPS_DIR, id);
  await mkdir(join(target, 'meetings'), { recursive: true });
  const files = await dataFiles(dir);
  for (const file of files) await cp(join(dir, file), join(target, file));
  await syncDirectory(join(target, 'meetings'));
  const info: BackupInfo = { id, createdAt, reason, schemaVersion, meetings: files.filter((f) => f.startsWith('meetings')).length };
  await writeFileDurably(join(target, MANIFEST), JSON.stringify(info, null, 1) + '\n');
  await prune(dir, reason);
  return info;
}

export async function listBackups(dir: string): Promise<BackupInfo[]> {
  const root = join(dir, BACKUPS_DIR);
  if (!existsSync(root)) return [];
  const found: BackupInfo[] = [];
  for (const id of await readdir(root)) {
    try {
      found.push(JSON.parse(await readFile(join(root, id, MANIFEST), 'utf8')) as BackupInfo);
    } catch {
      // No manifest: an interrupted backup, never offered.
    }
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function dailyBackupDue(dir: string, now: Date = new Date()): Promise<boolean> {
  const latest = (await listBackups(dir)).find((b) => b.reason === 'daglig');
  return !latest || now.getTime() - Date.parse(latest.createdAt) > DAILY_MS;
}

export async function readBackupFile(dir: string, backupId: string, file: string): Promise<string | null> {
  try {
    return await readFile(join(dir, BACKUPS_DIR, backupId, file), 'utf8');
  } catch {
    return null;
  }
}

/** Puts a backup's files back in place (durably) and removes meetings the backup did not have. */
export async function restoreBackupFiles(dir: string, backupId: string): Promise<void> {
  const source = join(dir, BACKUPS_DIR, backupId);
  const files = await dataFiles(source);
  const keep = new Set(files);
  for (const file of files) await writeFileDurably(join(dir, file), await readFile(join(source, file)));
  for (const file of await dataFiles(dir)) if (file.startsWith('meetings') && !keep.has(file)) await rm(join(dir, file), { force: true });
  await syncDirectory(join(dir, 'meetings'));
}

async function prune(dir: string, reason: BackupReason): Promise<void> {
  const same = (await listBackups(dir)).filter((b) => b.reason === reason);
  for (const old of same.slice(KEEP[reason])) await rm(join(dir, BACKUPS_DIR, old.id), { recursive: true, force: true });
}

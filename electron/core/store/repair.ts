import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMA_VERSION, meetingFileSchema, rootFileSchema, type MeetingFile, type RootFile } from '../../../shared/domain/storeSchema.ts';
import { committeeSchema, defaultTemplate, type Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { backupFoldersNewestFirst, readBackupFile } from './backups.ts';
import { syncDirectory, writeFileDurably } from './durableJsonFile.ts';
import { migrateMeetingFile, rootsByVersion } from './migrations.ts';
import { jsonTooDeep } from '../security/inputGuard.ts';

export const QUARANTINE_DIR = 'karantaene';

const stampName = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

/** Moves a damaged file aside unchanged, so nothing is lost and IT can look at it. */
export async function quarantineFile(dir: string, file: string, now: Date): Promise<string> {
  const target = join(dir, QUARANTINE_DIR);
  await mkdir(target, { recursive: true });
  const name = `${stampName(now)}-${file.replace(/\//g, '_')}`;
  await rename(join(dir, file), join(target, name));
  await syncDirectory(target);
  await syncDirectory(dir);
  return name;
}

/** Keeps bytes that were cut from a file (the audit log's damaged tail) in quarantine, exactly as they were. */
export async function quarantineBytes(dir: string, file: string, bytes: Uint8Array, now: Date): Promise<string> {
  const target = join(dir, QUARANTINE_DIR);
  await mkdir(target, { recursive: true });
  const name = `${stampName(now)}-${file.replace(/\//g, '_')}`;
  await writeFileDurably(join(target, name), bytes);
  return name;
}

export type Restored<T> = { data: T; backupId: string; createdAt: string };

/**
 * The newest copy of a file in any backup that is valid once migrated to the
 * current schema. Every backup folder is tried, newest first, whatever its
 * manifest says: a damaged manifest never hides a good copy.
 */
export async function findInBackups(dir: string, file: string): Promise<Restored<RootFile | MeetingFile> | null> {
  const isRoot = file === 'referent.json';
  for (const backupId of await backupFoldersNewestFirst(dir)) {
    const text = await readBackupFile(dir, backupId, file);
    if (text === null) continue;
    try {
      const raw = JSON.parse(text) as Record<string, unknown>;
      if (jsonTooDeep(raw)) continue;
      const version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : NaN;
      if (!(version >= 1 && version <= SCHEMA_VERSION)) continue;
      let data: RootFile | MeetingFile;
      if (isRoot) {
        const roots = rootsByVersion(raw, version);
        data = rootFileSchema.parse({ ...roots.get(SCHEMA_VERSION), schemaVersion: SCHEMA_VERSION });
      } else {
        // An older meeting is migrated with the root file of the same backup as its context.
        const rootText = await readBackupFile(dir, backupId, 'referent.json');
        const backupRoot = rootText ? (JSON.parse(rootText) as Record<string, unknown>) : { schemaVersion: version, committees: [] };
        if (jsonTooDeep(backupRoot)) continue;
        const rootVersion = typeof backupRoot.schemaVersion === 'number' ? Math.min(backupRoot.schemaVersion, version) : version;
        const migrated = migrateMeetingFile(raw, rootsByVersion(backupRoot, rootVersion), rootVersion);
        data = meetingFileSchema.parse({ ...migrated, schemaVersion: SCHEMA_VERSION });
      }
      return { data, backupId, createdAt: backupCreatedAt(backupId) };
    } catch {
      continue;
    }
  }
  return null;
}

/** `2026-02-03T14-30-00-000Z-daglig` → `2026-02-03T14:30:00.000Z`. */
function backupCreatedAt(id: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(id);
  return m ? `${m[1]}:${m[2]}:${m[3]}.${m[4]}Z` : id;
}

/**
 * A root file made from the meeting files when `referent.json` is lost and no
 * backup has it: one committee per committee the meetings name, taken from the
 * newest meeting that froze it when it was sent for approval, or else named
 * from its id with the members its meetings list. The notice asks the
 * secretary to check names, members and templates.
 */
export function rebuildRoot(meetings: Iterable<Pick<Meeting, 'committeeId' | 'date' | 'participants' | 'frozenCommittee'>>, now: Date): RootFile {
  const committees = new Map<string, { frozen: Committee | null; frozenDate: string; members: Set<string> }>();
  for (const m of meetings) {
    const known = committees.get(m.committeeId) ?? { frozen: null, frozenDate: '', members: new Set<string>() };
    for (const p of m.participants) known.members.add(p.memberId);
    if (m.frozenCommittee && m.date >= known.frozenDate) {
      known.frozen = m.frozenCommittee;
      known.frozenDate = m.date;
    }
    committees.set(m.committeeId, known);
  }
  const list: Committee[] = [...committees].map(([id, known]) => {
    const base = known.frozen ? { ...known.frozen, id } : { id, name: id, members: [], template: defaultTemplate(), createdAt: now.toISOString() };
    const members = [...base.members];
    for (const memberId of known.members) if (!members.some((x) => x.id === memberId)) members.push({ id: memberId, name: memberId, label: '', role: 'medlem' });
    return committeeSchema.parse({ ...base, members });
  });
  return { schemaVersion: SCHEMA_VERSION, committees: list, auditHead: null };
}

import { closeSync, fstatSync, lstatSync, openSync, readFileSync } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMA_VERSION, meetingFileSchema, type AuditHead, type RootFile } from '../../../shared/domain/storeSchema.ts';
import { MEETING_ID_PATTERN, type Meeting } from '../../../shared/domain/meeting.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { da } from '../../../shared/i18n/da.ts';
import { storeText } from '../../../shared/i18n/store.da.ts';
import { stampOf, type FileStamp } from './durableJsonFile.ts';
import { migrateMeetingFile, rootsByVersion } from './migrations.ts';
import { securityText } from '../../../shared/i18n/security.da.ts';
import { jsonTooDeep } from '../security/inputGuard.ts';
import { decodeText, READ_FLAGS, UnreadableTextError } from './readText.ts';

export const MEETINGS_DIR = 'meetings';

export function meetingPath(dir: string, id: string): string {
  // The last guard: every meeting id reaching a path has been validated (meetingSchema, the index's rows), and one
  // that slipped through must not name a file outside the meetings folder.
  if (!MEETING_ID_PATTERN.test(id)) throw new ReferentError('ugyldig_forespoergsel', da.errors.invalidMeetingId);
  return join(dir, MEETINGS_DIR, `${id}.json`);
}

export const meetingFileName = (id: string) => `${MEETINGS_DIR}/${id}.json`;

/** The meeting id a file name stands for, or null for anything else in the folder. */
export function idOfMeetingFile(name: string): string | null {
  const id = name.endsWith('.json') && !name.startsWith('.') ? name.slice(0, -'.json'.length) : null;
  return id !== null && MEETING_ID_PATTERN.test(id) ? id : null;
}

export type MeetingRead =
  | { kind: 'ok'; meeting: Meeting; stamp: FileStamp; auditHead: AuditHead | null; migrated: boolean; newerVersion?: number }
  | { kind: 'missing' }
  | { kind: 'damaged'; reason: string; stamp: FileStamp };

/**
 * A meeting file's text, checked against the schema: not empty, JSON, valid,
 * and holding the meeting its name says. A file of an older schema version (put
 * back from an old backup by hand) is migrated on the way in.
 */
export function parseMeetingFile(text: string, id: string, stamp: FileStamp, root: RootFile): MeetingRead {
  if (text.replace(/\0/g, '').trim() === '') return { kind: 'damaged', reason: storeText.reasons.empty, stamp };
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { kind: 'damaged', reason: storeText.reasons.json, stamp };
  }
  // Checked before zod, which recurses: a file nested too deep is damaged, not a reason to overflow the stack.
  if (jsonTooDeep(raw)) return { kind: 'damaged', reason: securityText.store.tooDeep, stamp };
  let migrated = false;
  if (typeof raw === 'object' && raw !== null && typeof raw.schemaVersion === 'number' && raw.schemaVersion >= 1 && raw.schemaVersion < SCHEMA_VERSION) {
    try {
      raw = migrateMeetingFile(raw, rootsByVersion({ ...root, schemaVersion: raw.schemaVersion }, raw.schemaVersion), raw.schemaVersion);
      migrated = true;
    } catch {
      return { kind: 'damaged', reason: storeText.reasons.schema, stamp };
    }
  }
  const parsed = meetingFileSchema.safeParse(typeof raw === 'object' && raw !== null ? { ...raw, schemaVersion: SCHEMA_VERSION } : raw);
  if (!parsed.success) return { kind: 'damaged', reason: storeText.reasons.schema, stamp };
  if (parsed.data.meeting.id !== id) return { kind: 'damaged', reason: storeText.reasons.wrongId, stamp };
  // A file a newer Referent wrote reads as far as this version understands it; saving it here would drop the rest.
  const newer = typeof raw === 'object' && raw !== null && typeof raw.schemaVersion === 'number' && raw.schemaVersion > SCHEMA_VERSION ? raw.schemaVersion : undefined;
  return { kind: 'ok', meeting: parsed.data.meeting, stamp, auditHead: parsed.data.auditHead, migrated, ...(newer ? { newerVersion: newer } : {}) };
}

/** A meeting file's bytes: text that is not UTF-8 is damage, not a reason to show U+FFFD and save it for good. */
function parseMeetingBytes(bytes: Uint8Array, id: string, stamp: FileStamp, root: RootFile): MeetingRead {
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (error) {
    if (error instanceof UnreadableTextError) return { kind: 'damaged', reason: error.reason, stamp };
    throw error;
  }
  return parseMeetingFile(text, id, stamp, root);
}

/**
 * Why a name in the meetings folder that would not even open can never be a meeting file: a link in a ring, a folder
 * in its place. Such a name is moved to quarantine and a backup put in its place, like a damaged file. Null for every
 * other error, which is thrown as it is: no permission (on Windows often passing: an antivirus, a sync tool, a file
 * being deleted) or an I/O error says nothing about the file's content, which must not be put aside for it.
 */
function unopenable(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return storeText.reasons.linkLoop;
  if (code === 'EISDIR') return storeText.reasons.notAFile;
  return null;
}

/** Reads one meeting file through one descriptor, so the stamp is that of the bytes read. */
export function readMeetingFileSync(dir: string, id: string, root: RootFile): MeetingRead {
  let fd: number;
  try {
    fd = openSync(meetingPath(dir, id), READ_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    const reason = unopenable(error);
    if (!reason) throw error;
    const link = lstatSync(meetingPath(dir, id), { throwIfNoEntry: false });
    return link ? { kind: 'damaged', reason, stamp: stampOf(link) } : { kind: 'missing' };
  }
  try {
    const stats = fstatSync(fd);
    const stamp = stampOf(stats);
    if (!stats.isFile()) return { kind: 'damaged', reason: storeText.reasons.notAFile, stamp };
    return parseMeetingBytes(readFileSync(fd), id, stamp, root);
  } finally {
    closeSync(fd);
  }
}

export async function readMeetingFile(dir: string, id: string, root: RootFile): Promise<MeetingRead> {
  let handle;
  try {
    handle = await open(meetingPath(dir, id), READ_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    const reason = unopenable(error);
    if (!reason) throw error;
    const link = await lstat(meetingPath(dir, id)).catch(() => undefined);
    return link ? { kind: 'damaged', reason, stamp: stampOf(link) } : { kind: 'missing' };
  }
  try {
    const stats = await handle.stat();
    const stamp = stampOf(stats);
    if (!stats.isFile()) return { kind: 'damaged', reason: storeText.reasons.notAFile, stamp };
    return parseMeetingBytes(await handle.readFile(), id, stamp, root);
  } finally {
    await handle.close();
  }
}

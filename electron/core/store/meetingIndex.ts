import { open, type FileHandle } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MEETING_ID_PATTERN, meetingStatusSchema, summarizeMeeting, type Meeting, type MeetingSummary } from '../../../shared/domain/meeting.ts';
import { nextNumberAfter } from '../../../shared/domain/numbering.ts';
import type { AuditHead } from '../../../shared/domain/storeSchema.ts';
import { writeFileAtomically, type FileStamp } from './durableJsonFile.ts';
import { yieldToTimers } from './yieldToTimers.ts';

export const INDEX_FILE = 'index.jsonl';
/** Bumped when the index's shape changes; an index of another version is rebuilt. */
export const INDEX_VERSION = 1;

/** What the meeting list and new-meeting numbering need, without reading the meeting. */
export type IndexedSummary = MeetingSummary & { firstItemNumber: number; nextItemNumber: number };
export type IndexRow = { summary: IndexedSummary; stamp: FileStamp; listed?: MeetingSummary; key?: string };

const COLUMNS = ['id', 'committeeId', 'date', 'time', 'location', 'itemCount', 'status', 'approvals', 'updatedAt', 'firstItemNumber', 'nextItemNumber', 'size', 'mtimeMs', 'ino'] as const;
type Packed = [string, string, string, string, string, number, MeetingSummary['status'], number, string, number, number, number, number, number];

type Header = { kind: 'referent-oversigt'; version: number; schemaVersion: number; columns: readonly string[]; rows: Packed[]; dirMtimeMs: number | null; auditHead: AuditHead | null };
type JournalLine = { put?: Packed; del?: string; auditHead: AuditHead | null };

export type IndexState = { rows: Map<string, IndexRow>; dirMtimeMs: number | null; auditHead: AuditHead | null; journal: number };
export type IndexRead = { kind: 'ok'; state: IndexState } | { kind: 'missing' } | { kind: 'unreadable' } | { kind: 'otherVersion'; version: unknown };

export function indexedSummary(meeting: Meeting): IndexedSummary {
  return { ...summarizeMeeting(meeting), firstItemNumber: meeting.firstItemNumber, nextItemNumber: nextNumberAfter(meeting) };
}

/** The summary as `meetings.list` answers it (the contract's shape, nothing more). */
export function listedSummary(s: IndexedSummary): MeetingSummary {
  return { id: s.id, committeeId: s.committeeId, date: s.date, time: s.time, location: s.location, itemCount: s.itemCount, status: s.status, approvals: s.approvals, updatedAt: s.updatedAt };
}

function pack(row: IndexRow): Packed {
  if (row instanceof PackedRow) return row.packed;
  const { summary: s, stamp } = row;
  return [s.id, s.committeeId, s.date, s.time, s.location, s.itemCount, s.status, s.approvals, s.updatedAt, s.firstItemNumber, s.nextItemNumber, stamp.size, stamp.mtimeMs, stamp.ino];
}

/**
 * A row as the index file holds it, taken apart only when asked: opening 5,000
 * meetings makes 5,000 of these instead of three objects each, and the list is
 * answered straight from the packed columns (see `listedSummary`).
 */
class PackedRow implements IndexRow {
  readonly packed: Packed;
  #summary: IndexedSummary | undefined;
  #stamp: FileStamp | undefined;
  listed?: MeetingSummary;
  key?: string;

  constructor(packed: Packed) {
    this.packed = packed;
  }

  get summary(): IndexedSummary {
    if (!this.#summary) {
      const [id, committeeId, date, time, location, itemCount, status, approvals, updatedAt, firstItemNumber, nextItemNumber] = this.packed;
      this.#summary = { id, committeeId, date, time, location, itemCount, status, approvals, updatedAt, firstItemNumber, nextItemNumber };
    }
    return this.#summary;
  }

  get stamp(): FileStamp {
    this.#stamp ??= { size: this.packed[11], mtimeMs: this.packed[12], ino: this.packed[13] };
    return this.#stamp;
  }

  /** The listed summary and sort key without the full summary in between. */
  list(): void {
    const p = this.packed;
    this.listed ??= { id: p[0], committeeId: p[1], date: p[2], time: p[3], location: p[4], itemCount: p[5], status: p[6], approvals: p[7], updatedAt: p[8] };
    this.key ??= p[2] + p[3];
  }
}

/** Fills in a row's listed summary and its sort key (date and time, fixed-width digits), once. */
export function prepareListed(row: IndexRow): void {
  if (row instanceof PackedRow) return row.list();
  row.listed ??= listedSummary(row.summary);
  row.key ??= row.summary.date + row.summary.time;
}

const STATUSES: ReadonlySet<unknown> = new Set(meetingStatusSchema.options);
const isCount = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;

/**
 * A row as Referent writes it, column by column. The list is answered from these rows without reading the meeting
 * files, so a row of the wrong kind (a status Referent has no word for, a count as text, an object where text
 * belongs) would reach the screen as it is: instead, the index is unreadable and rebuilt from the files. The id names
 * a file: one that could reach outside the meetings folder makes the index unreadable too.
 */
function isPacked(v: unknown): v is Packed {
  if (!Array.isArray(v) || v.length !== COLUMNS.length) return false;
  const [id, committeeId, date, time, location, itemCount, status, approvals, updatedAt, firstItemNumber, nextItemNumber, size, mtimeMs, ino] = v as unknown[];
  return (
    typeof id === 'string' &&
    MEETING_ID_PATTERN.test(id) &&
    typeof committeeId === 'string' &&
    typeof date === 'string' &&
    typeof time === 'string' &&
    typeof location === 'string' &&
    typeof updatedAt === 'string' &&
    STATUSES.has(status) &&
    isCount(itemCount) &&
    isCount(approvals) &&
    isCount(firstItemNumber) &&
    isCount(nextItemNumber) &&
    isCount(size) &&
    typeof mtimeMs === 'number' &&
    typeof ino === 'number'
  );
}

/**
 * The summary index, `index.jsonl`: one line with a snapshot of every meeting's
 * summary and file stamp, then one line per save since. It is derived data
 * (never backed up; rebuilt from the meeting files whenever it is missing,
 * unreadable or of another version), so its appends are not fsynced: a line
 * lost in a crash leaves a meeting whose stamp no longer matches, and the store
 * reads that meeting again. The snapshot records the meetings folder's mtime,
 * so open sees at once whether any file was added, replaced or removed since:
 * a rename into the folder moves the folder's mtime. A snapshot is written at
 * every clean close; journal lines after it mean the last run did not close
 * cleanly, and open then checks every file's stamp.
 */
export class IndexFile {
  readonly path: string;
  readonly schemaVersion: number;

  constructor(dir: string, schemaVersion: number) {
    this.path = join(dir, INDEX_FILE);
    this.schemaVersion = schemaVersion;
  }

  async read(): Promise<IndexRead> {
    let text: string;
    // The root file was parsed and validated just before, likely in this same turn of the loop.
    await yieldToTimers();
    try {
      // In one synchronous read: the megabyte of a large archive arrives in one system call instead of
      // thread-pool round trips, and nothing can be answered before it is parsed anyway.
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
      return { kind: 'unreadable' };
    }
    // Reading, parsing and taking in the rows each hold the event loop some 15 ms at 5,000 meetings on a slow
    // machine; between them it answers what came in meanwhile, so no single block reaches 50 ms.
    await yieldToTimers();
    const firstEnd = text.indexOf('\n');
    let header: Header;
    try {
      header = JSON.parse(firstEnd === -1 ? text : text.slice(0, firstEnd)) as Header;
    } catch {
      return { kind: 'unreadable' };
    }
    if (typeof header !== 'object' || header === null || header.kind !== 'referent-oversigt') return { kind: 'unreadable' };
    if (header.version !== INDEX_VERSION || header.schemaVersion !== this.schemaVersion) return { kind: 'otherVersion', version: header.version };
    if (!Array.isArray(header.rows)) return { kind: 'unreadable' };
    await yieldToTimers();
    const rows = new Map<string, IndexRow>();
    for (const p of header.rows) {
      if (!isPacked(p)) return { kind: 'unreadable' };
      rows.set(p[0], new PackedRow(p));
    }
    let dirMtimeMs = header.dirMtimeMs;
    let auditHead = header.auditHead;
    let journal = 0;
    if (firstEnd !== -1) {
      // A torn last line (a crash mid-append) ends the journal: what it would have said is found stale by its stamp.
      for (const line of text.slice(firstEnd + 1).split('\n')) {
        if (line.trim() === '') continue;
        let entry: JournalLine;
        try {
          entry = JSON.parse(line) as JournalLine;
        } catch {
          dirMtimeMs = null;
          break;
        }
        if (entry.put && isPacked(entry.put)) rows.set(entry.put[0], new PackedRow(entry.put));
        else if (typeof entry.del === 'string' && MEETING_ID_PATTERN.test(entry.del)) rows.delete(entry.del);
        else {
          dirMtimeMs = null;
          break;
        }
        // Saves after the snapshot moved the folder's mtime: only the stamps can tell what changed.
        dirMtimeMs = null;
        auditHead = entry.auditHead;
        journal += 1;
      }
    }
    return { kind: 'ok', state: { rows, dirMtimeMs, auditHead, journal } };
  }

  /** A new snapshot of every row, replacing the file in one step (at a rebuild, at close, and when the journal grows long). */
  async writeSnapshot(rows: Map<string, IndexRow>, dirMtimeMs: number | null, auditHead: AuditHead | null): Promise<void> {
    await this.close();
    const header: Header = { kind: 'referent-oversigt', version: INDEX_VERSION, schemaVersion: this.schemaVersion, columns: COLUMNS, rows: [...rows.values()].map(pack), dirMtimeMs, auditHead };
    await writeFileAtomically(this.path, JSON.stringify(header) + '\n');
  }

  #handle: FileHandle | null = null;

  /** Saved or deleted meetings, in one write on a handle kept open; not fsynced (see the class comment). */
  async append(changes: ({ put: IndexRow } | { del: string })[], auditHead: AuditHead | null): Promise<void> {
    if (changes.length === 0) return;
    const text = changes.map((c) => JSON.stringify('put' in c ? { put: pack(c.put), auditHead } : { del: c.del, auditHead }) + '\n').join('');
    this.#handle ??= await open(this.path, 'a');
    await this.#handle.write(text);
  }

  async close(): Promise<void> {
    const handle = this.#handle;
    this.#handle = null;
    await handle?.close();
  }
}

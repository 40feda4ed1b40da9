import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir, readFile, readdir, stat, unlink } from 'node:fs/promises';
import { existsSync, lstatSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DurableJsonFile, NotSyncedError, isTempName, sameStamp, stampOf, storeJson, syncDirectory, writeFileDurably, type FileStamp } from './durableJsonFile.ts';
import { StoreLock } from './storeLock.ts';
import { WriteQueue } from './writeQueue.ts';
import { applyRestore, createBackup, dailyBackupDue, finishBackup, listBackups, planRestore, startBackup, type BackupInfo, type BackupReason } from './backups.ts';
import { IndexFile, indexedSummary, prepareListed, type IndexRow } from './meetingIndex.ts';
import { meetingsInLog } from './meetingsInLog.ts';
import { MEETINGS_DIR, idOfMeetingFile, meetingFileName, meetingPath, readMeetingFile, readMeetingFileSync, type MeetingRead } from './meetingFiles.ts';
import { QUARANTINE_DIR, findInBackups, quarantineFile, rebuildRoot } from './repair.ts';
import { migrateMeetingFile, rootsByVersion } from './migrations.ts';
import { loggedSchemaVersion } from './loggedSchemaVersion.ts';
import { registeredKeyList, restoreKeysFromLog } from './registeredKeyIds.ts';
import { committeeEvents, meetingEvents, SECRETARY, type ExplicitAudit } from './auditEvents.ts';
import { checkAuditHead, repairAuditTail } from './auditAtOpen.ts';
import { AuditLog, type AuditEntry, type AuditVerification, type NewAuditEntry } from '../audit/auditLog.ts';
import { SCHEMA_VERSION, meetingFileSchema, rootFileSchema, type AuditHead, type RootFile } from '../../../shared/domain/storeSchema.ts';
import type { Meeting, MeetingSummary } from '../../../shared/domain/meeting.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { da } from '../../../shared/i18n/da.ts';
import { storeText } from '../../../shared/i18n/store.da.ts';
import { formatTimestamp } from '../../../shared/format/dates.ts';
import { securityText } from '../../../shared/i18n/security.da.ts';
import { jsonTooDeep } from '../security/inputGuard.ts';
import { readText, UnreadableTextError } from './readText.ts';
import { fsReason, openErrorInDanish, whatWentWrong } from './fsErrorInDanish.ts';

export const ROOT_FILE = 'referent.json';
export { MEETINGS_DIR, QUARANTINE_DIR, meetingPath };

/** Present only while a restore from a backup puts files back: which backup, so a crash midway can be finished. */
export const RESTORE_JOURNAL = 'gendannelse.json';
const READ_BATCH = 32;
/** How long the stamp check at open holds the event loop before it lets others in. */
const STAT_SLICE_MS = 4;
/** Meetings kept parsed in memory; every other one is read from its file when opened. */
const CACHE_SIZE = 16;
/** The check of every file's stamp (and then the daily backup) starts this long after open, when the first screen has its answers. */
const BACKGROUND_AFTER_MS = 250;
/** Journal lines after which the index is written again as one snapshot. */
const COMPACT_AFTER = 500;

export type OpenProgress = { phase: 'laeser' | 'migrerer' | 'kontrollerer'; done: number; total: number };

export type OpenStoreOptions = {
  /** Copied into an empty data directory on first start; never written to. */
  seedsDir?: string;
  /** Reading only (the CLI, or seeds/ itself): nothing is created, locked, repaired or written. */
  readOnly?: boolean;
  now?: () => Date;
  /** Told how far a long open (rebuilding the index, migrating) has come. */
  onProgress?: (progress: OpenProgress) => void;
  /** Work after open (checking every file's stamp, the daily backup) starts in the background unless false. */
  background?: boolean;
};

export type StoreChange = { type: 'meeting'; meeting: Meeting } | { type: 'meetingDeleted'; meetingId: string } | { type: 'reloaded' };

/**
 * Everything one change does, staged and then written by the store in one go:
 * the audit entries first (one append, fsynced), then the meeting files, then
 * the root file, each durably. The audit entries are derived by the store from
 * what changes (see auditEvents.ts) plus what `audit()` adds.
 */
export type StoreTransaction = {
  meeting(id: string): Meeting | undefined;
  committee(id: string): Committee | undefined;
  committees(): Committee[];
  putMeeting(meeting: Meeting): void;
  deleteMeeting(id: string): void;
  putCommittee(committee: Committee): void;
  audit(entry: ExplicitAudit): void;
};

type Staged = {
  meetings: Map<string, Meeting | null>;
  committees: Map<string, Committee>;
  order: ({ kind: 'meeting' | 'committee'; id: string } | { kind: 'audit'; entry: ExplicitAudit })[];
};

type Problem = { file: string; reason: string };
/** What a file's stamp is taken from: a `stat` of either kind. */
type FileStampSource = Parameters<typeof stampOf>[0];
type ReadOutcome = { rows: Map<string, IndexRow>; problems: Problem[]; missing: string[]; changed: Meeting[] };

/**
 * The data directory: `referent.json` (schema version and committees), one
 * `meetings/<id>.json` per meeting, the hash-chained `audit.jsonl`, and the
 * summary index `index.jsonl`. An edit rewrites only its own meeting's file,
 * so a save costs the same in a store of 10 meetings as in one of 5,000.
 *
 * Open reads the root file, the index and the end of the audit log; a meeting
 * is read and validated when it is opened or changed, and a few are kept
 * parsed. The index knows every meeting's file stamp, so a file changed by
 * anyone else is noticed: at open (the meetings folder's mtime moved, or the
 * stamps checked in the background) and whenever the meeting is read.
 *
 * All writes go through `transaction()`, one at a time in one queue, and each
 * writes its audit entries in the same step. A damaged file is never silently
 * dropped: it is moved, byte for byte, to `karantaene/`, the newest good copy
 * from `backups/` takes its place, and a notice in Danish says what happened.
 */
export class Store {
  readonly dir: string;
  #readOnly: boolean;
  #root!: RootFile;
  #rootFile: Low<RootFile>;
  #rootNeedsHead = false;
  #rows = new Map<string, IndexRow>();
  #sorted: MeetingSummary[] | null = null;
  #index: IndexFile;
  #journal = 0;
  #indexBroken = false;
  #cache = new Map<string, { meeting: Meeting; stamp: FileStamp }>();
  /** Meetings whose files a newer Referent wrote (schema version by id): read here, never saved here. */
  #newer = new Map<string, number>();
  #audit!: AuditLog;
  #notices: string[] = [];
  readonly #queue = new WriteQueue();
  readonly #tx = new AsyncLocalStorage<Staged>();
  readonly #lock: StoreLock | null;
  readonly #now: () => Date;
  readonly #progress: (p: OpenProgress) => void;
  readonly #listeners = new Set<(change: StoreChange) => void>();
  readonly #repairing = new Set<string>();
  readonly #writing = new Set<string>();
  /** Files written while a backup's first phase runs, taken again in its second. */
  #backupWatch: Set<string> | null = null;
  #background: Promise<void> = Promise.resolve();
  #wakeBackground: (() => void) | null = null;
  #checked: Promise<void> = Promise.resolve();
  #diskVersion = SCHEMA_VERSION;
  #closed = false;

  private constructor(dir: string, readOnly: boolean, lock: StoreLock | null, now: () => Date, progress: (p: OpenProgress) => void) {
    this.dir = dir;
    this.#readOnly = readOnly;
    this.#lock = lock;
    this.#now = now;
    this.#progress = progress;
    this.#rootFile = new Low<RootFile>(new DurableJsonFile(join(dir, ROOT_FILE)), { schemaVersion: SCHEMA_VERSION, committees: [], auditHead: null });
    this.#index = new IndexFile(dir, SCHEMA_VERSION);
  }

  static async open(dir: string, options: OpenStoreOptions = {}): Promise<Store> {
    const readOnly = options.readOnly ?? false;
    const now = options.now ?? (() => new Date());
    let lock: StoreLock | null = null;
    if (!readOnly) {
      await mkdir(join(dir, MEETINGS_DIR), { recursive: true }).catch((error: unknown) => Promise.reject(openErrorInDanish(error, dir)));
      lock = await StoreLock.acquire(dir);
    }
    try {
      if (lock?.tookOverStale) await removeInterruptedWrites(dir);
      let fresh = false;
      let seeded = false;
      if (!existsSync(join(dir, ROOT_FILE)) && !(await hasMeetings(dir))) {
        fresh = true;
        if (!readOnly && options.seedsDir && existsSync(join(options.seedsDir, ROOT_FILE))) {
          await copySeeds(options.seedsDir, dir);
          seeded = true;
        }
      }
      const store = new Store(dir, readOnly, lock, now, options.onProgress ?? (() => undefined));
      await store.#load(fresh);
      if (seeded && !store.#readOnly) await store.#registerMeetings('eksempler');
      // A read-only window checks too (it writes nothing): a file changed while it was closed would otherwise be listed
      // as the index last saw it for as long as the folder is only read. One-shot commands pass `background: false`.
      if (options.background !== false) store.#startBackgroundWork();
      return store;
    } catch (error) {
      await lock?.release();
      throw openErrorInDanish(error, dir);
    }
  }

  get readOnly(): boolean {
    return this.#readOnly;
  }

  /** What the secretary should be told about this open: repairs, read-only mode. */
  notices(): string[] {
    return [...this.#notices];
  }

  /** Tells derived state (the search index) about every saved change. */
  onChange(listener: (change: StoreChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(change: StoreChange): void {
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        console.error('[referent] change listener failed', error);
      }
    }
  }

  /** Waits for every queued write and the background work started at open. */
  async flush(): Promise<void> {
    await this.#background;
    await this.#queue.idle();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#wakeBackground?.();
    await this.#background.catch(() => undefined);
    await this.#queue.idle();
    if (!this.#readOnly && (this.#journal > 0 || this.#indexBroken)) await this.#writeIndexSnapshot().catch(() => undefined);
    await this.#index.close().catch(() => undefined);
    await this.#lock?.release();
  }

  // ---- Reading -------------------------------------------------------------

  committees(): Committee[] {
    return this.#tx.getStore()?.committees.size ? this.#stagedCommittees(this.#tx.getStore()!) : this.#root.committees;
  }

  committee(id: string): Committee | undefined {
    return this.committees().find((c) => c.id === id);
  }

  /** The ids of every meeting, from the index: nothing is read. */
  meetingIds(): string[] {
    return [...this.#rows.keys()];
  }

  /** Every meeting's summary, newest first, from the index: nothing is read. */
  meetingSummaries(): MeetingSummary[] {
    // Dates and times are fixed-width digits: plain comparison orders them, at a fraction of localeCompare's cost.
    if (!this.#sorted) {
      const rows = [...this.#rows.values()];
      for (const r of rows) prepareListed(r);
      this.#sorted = rows.sort((a, b) => (a.key! < b.key! ? 1 : a.key! > b.key! ? -1 : 0)).map((r) => r.listed!);
    }
    return [...this.#sorted];
  }

  /** The index's row for one meeting (its summary with numbering), or undefined. */
  summary(id: string): (IndexRow['summary']) | undefined {
    return this.#rows.get(id)?.summary;
  }

  /**
   * One meeting, validated. Read from its file unless it is among the few kept
   * parsed and its file's stamp is unchanged; a file changed by another program
   * is read again (and the index and listeners told). A damaged file is put
   * aside and restored in the background, and this call fails in Danish.
   */
  meeting(id: string): Meeting | undefined {
    const staged = this.#tx.getStore()?.meetings;
    if (staged?.has(id)) return staged.get(id) ?? undefined;
    if (!this.#rows.has(id)) return undefined;
    return this.#readMeeting(id, true);
  }

  /**
   * Every meeting, read from disk now (nothing is kept). For tests and small
   * tools; anything that walks a large store uses `forEachMeeting`.
   */
  meetings(): Meeting[] {
    const all: Meeting[] = [];
    for (const id of this.#rows.keys()) {
      try {
        const m = this.#readMeeting(id, false);
        if (m) all.push(m);
      } catch {
        // Damaged: skipped here, put aside and restored in the background.
      }
    }
    return all;
  }

  /** Reads and validates every meeting, a batch at a time, without keeping them: `check`, and building derived indexes. */
  async forEachMeeting(
    visit: (meeting: Meeting, file: { auditHead: AuditHead | null }) => void | Promise<void>,
    onProblem?: (problem: Problem) => void,
    /** Also the meeting files the index does not list (`check`: every file is read), each named here first. */
    onUnindexed?: (id: string) => void,
  ): Promise<void> {
    const ids = [...this.#rows.keys()];
    if (onUnindexed && existsSync(join(this.dir, MEETINGS_DIR))) {
      for (const name of await readdir(join(this.dir, MEETINGS_DIR))) {
        const id = idOfMeetingFile(name);
        if (id === null || this.#rows.has(id)) continue;
        onUnindexed(id);
        ids.push(id);
      }
    }
    for (let i = 0; i < ids.length; i += READ_BATCH) {
      // A file that cannot be read for a reason outside it (no permission) is a problem to report, not to stop at.
      const readOrReason = (id: string) =>
        readMeetingFile(this.dir, id, this.#root).catch((error: unknown) => {
          const reason = fsReason(error);
          if (!reason || !onProblem) throw error;
          return { kind: 'unreadable' as const, reason };
        });
      const reads = await Promise.all(ids.slice(i, i + READ_BATCH).map(async (id) => [id, await readOrReason(id)] as const));
      for (const [id, read] of reads) {
        if (read.kind === 'ok') await visit(read.meeting, { auditHead: read.auditHead });
        else onProblem?.({ file: meetingFileName(id), reason: read.kind === 'missing' ? storeText.reasons.missing : read.reason });
      }
    }
  }

  #readMeeting(id: string, keep: boolean): Meeting | undefined {
    const cached = this.#cache.get(id);
    if (cached) {
      let now: FileStamp | null;
      try {
        now = stampOf(statSync(meetingPath(this.dir, id)));
      } catch {
        now = null;
      }
      if (sameStamp(now, cached.stamp)) {
        this.#cache.delete(id);
        this.#cache.set(id, cached);
        return cached.meeting;
      }
      this.#cache.delete(id);
    }
    const read = readMeetingFileSync(this.dir, id, this.#root);
    if (read.kind === 'missing') {
      this.#scheduleRepair(id);
      return undefined;
    }
    if (read.kind === 'damaged') {
      this.#scheduleRepair(id);
      throw new ReferentError('intern_fejl', storeText.meetingDamaged(meetingFileName(id)));
    }
    if (read.newerVersion) this.#newer.set(id, read.newerVersion);
    else this.#newer.delete(id);
    const row = this.#rows.get(id);
    // A file this store is writing right now is not news; its row follows when the write returns.
    if (row && !sameStamp(row.stamp, read.stamp) && !this.#writing.has(id)) this.#changedOutside(read.meeting, read.stamp);
    if (keep) this.#remember(id, read.meeting, read.stamp);
    return read.meeting;
  }

  #remember(id: string, meeting: Meeting, stamp: FileStamp): void {
    this.#cache.delete(id);
    this.#cache.set(id, { meeting, stamp });
    while (this.#cache.size > CACHE_SIZE) this.#cache.delete(this.#cache.keys().next().value!);
  }

  /** A meeting file another program changed (a sync engine, an editor): the index follows it, and listeners hear of it. */
  #changedOutside(meeting: Meeting, stamp: FileStamp): void {
    this.#setRow({ summary: indexedSummary(meeting), stamp });
    if (!this.#readOnly) void this.#queue.run(() => this.#tx.exit(() => this.#appendIndex([meeting.id]))).catch(() => undefined);
    this.#emit({ type: 'meeting', meeting });
  }

  #setRow(row: IndexRow): void {
    this.#rows.set(row.summary.id, row);
    this.#sorted = null;
  }

  #dropRow(id: string): void {
    this.#rows.delete(id);
    this.#cache.delete(id);
    this.#sorted = null;
  }

  // ---- The audit log, for reading ---------------------------------------------

  /** The audit head the root file recorded when it was last written. */
  rootAuditHead(): AuditHead | null {
    return this.#root.auditHead;
  }

  /** The schema version the root file on disk says (a newer one opens read-only). */
  get diskSchemaVersion(): number {
    return this.#diskVersion;
  }

  /** The log's last entry (seq and hash), as the files written now record it. */
  auditHead(): AuditHead | null {
    return this.#audit.head();
  }

  /** One meeting's audit entries (or all), oldest first. */
  auditEntries(meetingId?: string): Promise<AuditEntry[]> {
    return this.#audit.entries(meetingId);
  }

  /** The whole chain checked: the first time by reading it all, then only what was appended since. */
  verifyAudit(): Promise<AuditVerification> {
    return this.#audit.verify();
  }

  // ---- Writing -------------------------------------------------------------

  /**
   * Runs `work` in the store's write queue, one transaction at a time, in the
   * order asked for; what it stages is then written with its audit entries.
   * Reads inside `work` (through the transaction or the store) see what it has
   * staged. Nothing is written if `work` throws.
   */
  transaction<T>(work: (tx: StoreTransaction) => T | Promise<T>): Promise<T> {
    if (this.#tx.getStore()) throw new Error('Store.transaction inside a transaction: use the transaction it was given.');
    return this.#queue.run(async () => {
      this.#assertWritable();
      const staged: Staged = { meetings: new Map(), committees: new Map(), order: [] };
      const tx: StoreTransaction = {
        meeting: (id) => (staged.meetings.has(id) ? (staged.meetings.get(id) ?? undefined) : this.#rows.has(id) ? this.#readMeeting(id, true) : undefined),
        committee: (id) => this.#stagedCommittees(staged).find((c) => c.id === id),
        committees: () => this.#stagedCommittees(staged),
        putMeeting: (meeting) => {
          staged.meetings.set(meeting.id, meeting);
          staged.order.push({ kind: 'meeting', id: meeting.id });
        },
        deleteMeeting: (id) => {
          staged.meetings.set(id, null);
          staged.order.push({ kind: 'meeting', id });
        },
        putCommittee: (committee) => {
          staged.committees.set(committee.id, committee);
          staged.order.push({ kind: 'committee', id: committee.id });
        },
        audit: (entry) => {
          staged.order.push({ kind: 'audit', entry });
        },
      };
      const result = await this.#tx.run(staged, () => work(tx));
      await this.#commit(staged);
      return result;
    });
  }

  /** One meeting saved, as its own transaction. */
  putMeeting(meeting: Meeting): Promise<void> {
    return this.transaction((tx) => tx.putMeeting(meeting));
  }

  putCommittee(committee: Committee): Promise<void> {
    return this.transaction((tx) => tx.putCommittee(committee));
  }

  deleteMeeting(id: string): Promise<void> {
    return this.transaction((tx) => tx.deleteMeeting(id));
  }

  #stagedCommittees(staged: Staged): Committee[] {
    if (staged.committees.size === 0) return this.#root.committees;
    const list = this.#root.committees.map((c) => staged.committees.get(c.id) ?? c);
    for (const c of staged.committees.values()) if (!list.some((x) => x.id === c.id)) list.push(c);
    return list;
  }

  async #commit(staged: Staged): Promise<void> {
    if (staged.order.length === 0) return;
    const at = this.#now().toISOString();
    const entries: NewAuditEntry[] = [];
    const done = new Set<string>();
    for (const op of staged.order) {
      if (op.kind === 'audit') {
        entries.push({ at, meetingId: op.entry.meetingId, action: op.entry.action, actor: op.entry.actor ?? SECRETARY, details: op.entry.details });
        continue;
      }
      const key = `${op.kind}:${op.id}`;
      if (done.has(key)) continue;
      done.add(key);
      if (op.kind === 'meeting') {
        const before = this.#rows.has(op.id) ? this.#storedOrNull(op.id) : undefined;
        entries.push(...meetingEvents(before ?? undefined, staged.meetings.get(op.id) ?? undefined, at));
      } else {
        entries.push(...committeeEvents(this.#root.committees.find((c) => c.id === op.id), staged.committees.get(op.id)!, at));
      }
    }
    await this.#write(entries, staged.meetings, staged.committees.size > 0 ? this.#stagedCommittees(staged) : null);
  }

  /** The stored meeting for audit purposes; a damaged file counts as absent (its repair is under way). */
  #storedOrNull(id: string): Meeting | null {
    try {
      return this.#readMeeting(id, true) ?? null;
    } catch {
      return null;
    }
  }

  /**
   * The one write path. Audit entries go first (one append, fsynced): if they
   * cannot be written, nothing is. Then the meeting files, then the root file,
   * each recording the log's new head. If a file fails before any landed, the
   * append is taken back; if one fails after, an `afbrudt` entry says which.
   */
  async #write(entries: NewAuditEntry[], meetings: Map<string, Meeting | null>, committees: Committee[] | null, options: { rootHeadOnly?: boolean } = {}): Promise<void> {
    // Refused before anything is logged or written: the newer version's fields would be lost in the save.
    for (const id of meetings.keys()) {
      const version = this.#newer.get(id);
      if (version) throw new ReferentError('konflikt', storeText.meetingNewer(meetingFileName(id), version, SCHEMA_VERSION));
    }
    const logSize = this.#audit.size;
    const logHead = this.#audit.head();
    if (entries.length > 0) await this.#audit.append(entries);
    const head = this.#audit.head();
    const landed: string[] = [];
    // A file renamed into place whose directory fsync failed: landed (readers see it), reported once all has landed.
    let notSynced: NotSyncedError | null = null;
    try {
      for (const [id, meeting] of meetings) {
        if (meeting) {
          this.#writing.add(id);
          try {
            let stamp: FileStamp;
            try {
              stamp = await writeFileDurably(meetingPath(this.dir, id), storeJson({ schemaVersion: SCHEMA_VERSION, meeting, auditHead: head }));
            } catch (error) {
              if (!(error instanceof NotSyncedError)) throw error;
              notSynced ??= error;
              stamp = error.stamp!;
            }
            this.#setRow({ summary: indexedSummary(meeting), stamp });
            this.#remember(id, meeting, stamp);
          } finally {
            this.#writing.delete(id);
          }
        } else {
          await unlink(meetingPath(this.dir, id)).catch((error: NodeJS.ErrnoException) => {
            if (error.code !== 'ENOENT') throw error;
          });
          await syncDirectory(join(this.dir, MEETINGS_DIR)).catch((error: unknown) => {
            notSynced ??= new NotSyncedError(null, error);
          });
          this.#dropRow(id);
        }
        landed.push(meetingFileName(id));
        this.#backupWatch?.add(meetingFileName(id));
      }
      if (committees || entries.length > 0 || this.#rootNeedsHead || options.rootHeadOnly) {
        const next: RootFile = { schemaVersion: SCHEMA_VERSION, committees: committees ?? this.#root.committees, auditHead: head };
        try {
          await this.#writeRoot(next);
          this.#rootNeedsHead = false;
          this.#backupWatch?.add(ROOT_FILE);
        } catch (error) {
          if (error instanceof NotSyncedError) {
            notSynced ??= error;
            this.#rootNeedsHead = false;
            this.#backupWatch?.add(ROOT_FILE);
          } else {
            // Only the head to record, and the change itself has landed: the next write records it.
            if (committees || landed.length === 0) throw error;
            this.#rootNeedsHead = true;
          }
        }
      }
    } catch (error) {
      if (entries.length > 0 && landed.length === 0) {
        await this.#audit.rollback(logSize, logHead).catch(() => undefined);
      } else if (entries.length > 0) {
        const missing = [...meetings.keys()].map(meetingFileName).filter((f) => !landed.includes(f));
        await this.#audit
          .append([{ at: this.#now().toISOString(), meetingId: null, action: 'afbrudt', actor: SECRETARY, details: { seqs: [logHead?.seq ?? 0, head?.seq ?? 0], written: landed, notWritten: missing, reason: (error as Error).message } }])
          .catch(() => undefined);
        this.#rootNeedsHead = true;
      }
      throw error;
    } finally {
      const written = [...meetings.keys()].filter((id) => landed.includes(meetingFileName(id)));
      if (written.length > 0 && !this.#readOnly) await this.#appendIndex(written).catch(() => undefined);
      // Told for every meeting that landed, also when a later one failed: the search index must follow what is on disk.
      for (const id of written) {
        const meeting = meetings.get(id);
        this.#emit(meeting ? { type: 'meeting', meeting } : { type: 'meetingDeleted', meetingId: id });
      }
    }
    if (notSynced) {
      console.error('[referent] saved, but the folder could not be synced to disk', notSynced.cause);
      throw new ReferentError('intern_fejl', storeText.notSynced(notSynced.message));
    }
  }

  /** Index lines for meetings just written or deleted (not fsynced: the index is derived, see IndexFile). */
  async #appendIndex(ids: string[]): Promise<void> {
    if (ids.length === 0 || this.#readOnly) return;
    if (this.#indexBroken) return;
    try {
      await this.#index.append(
        ids.map((id) => {
          const row = this.#rows.get(id);
          return row ? { put: row } : { del: id };
        }),
        this.#audit.head(),
      );
      this.#journal += ids.length;
    } catch (error) {
      // The next snapshot (at close, or at the next open's rebuild) puts it right.
      this.#indexBroken = true;
      console.error('[referent] index append failed', error);
      return;
    }
    if (this.#journal >= Math.max(COMPACT_AFTER, this.#rows.size / 4)) void this.#queue.run(() => this.#writeIndexSnapshot()).catch(() => undefined);
  }

  async #writeIndexSnapshot(): Promise<void> {
    // The folder's mtime in the snapshot tells the next open that the rows are the folder, and that open then lists and
    // checks nothing. So it is recorded only when the folder holds exactly the rows' files: a file another program added
    // or removed while this process had the folder open moved the mtime too, and would stay unseen at every later open.
    // The mtime is read before the listing, so a change after the listing leaves it behind and the next open looks.
    const folder = join(this.dir, MEETINGS_DIR);
    const dirMtimeMs = (await stat(folder)).mtimeMs;
    const onDisk = (await readdir(folder)).flatMap((name) => idOfMeetingFile(name) ?? []);
    const vouched = onDisk.length === this.#rows.size && onDisk.every((id) => this.#rows.has(id));
    await this.#index.writeSnapshot(this.#rows, vouched ? dirMtimeMs : null, this.#audit.head());
    this.#journal = 0;
    this.#indexBroken = false;
  }

  #assertWritable(): void {
    if (this.#readOnly) throw new ReferentError('konflikt', da.errors.readOnlyStore);
  }

  // ---- Backups -------------------------------------------------------------

  /**
   * A backup of this moment. Its first phase (linking or copying every file)
   * runs beside other work; its second, in the write queue, takes again what
   * was written meanwhile, so the backup is one consistent state.
   */
  backup(reason: BackupReason): Promise<BackupInfo> {
    this.#assertWritable();
    const run = this.#backups.then(() => this.#backupNow(reason));
    this.#backups = run.catch(() => undefined);
    return run;
  }

  #backups: Promise<unknown> = Promise.resolve();

  async #backupNow(reason: BackupReason): Promise<BackupInfo> {
    const watch = new Set<string>();
    this.#backupWatch = watch;
    try {
      const draft = await startBackup(this.dir, reason, SCHEMA_VERSION, this.#now());
      return await this.#queue.run(() => finishBackup(draft, watch));
    } finally {
      if (this.#backupWatch === watch) this.#backupWatch = null;
    }
  }

  /**
   * Puts a backup back: first a backup of the current state (so it can be
   * undone), then the backup's root and meeting files, recorded in the audit
   * log. The log itself is never put back; it only grows.
   */
  async restoreBackup(backupId: string): Promise<BackupInfo> {
    this.#assertWritable();
    const backup = (await listBackups(this.dir)).find((b) => b.id === backupId);
    if (!backup) throw new ReferentError('ikke_fundet', storeText.backupNotFound);
    if (backup.schemaVersion > SCHEMA_VERSION) throw new ReferentError('konflikt', storeText.newerVersion(backup.schemaVersion, SCHEMA_VERSION));
    await this.backup('foer-gendannelse');
    await this.#queue.run(async () => {
      const plan = await planRestore(this.dir, backup.id);
      const added = meetingIdsIn(plan.write).filter((id) => !this.#rows.has(id));
      // Written before anything is put back: a restore cut short by a crash is finished at the next open, never left as
      // a silent mix of the backup's files and the newer ones.
      // `afterSeq`: where the log stood, so a crash before the entry below is written can be told from one after it.
      await writeFileDurably(join(this.dir, RESTORE_JOURNAL), JSON.stringify({ backupId: backup.id, createdAt: backup.createdAt, afterSeq: this.#audit.head()?.seq ?? 0 }));
      await this.#audit.append([restoreEntry(this.#now(), backup, added, meetingIdsIn(plan.remove))]);
      await applyRestore(this.dir, plan);
      await this.#endRestoreJournal();
      await this.#reloadFromDisk();
      await this.#write([], new Map(), null, { rootHeadOnly: true });
    });
    this.#emit({ type: 'reloaded' });
    return backup;
  }

  /** Re-reads everything from disk (after a restore from backup). */
  async reload(): Promise<void> {
    await this.#queue.run(() => this.#reloadFromDisk());
    this.#emit({ type: 'reloaded' });
  }

  async #reloadFromDisk(): Promise<void> {
    this.#cache.clear();
    const root = await this.#readRoot();
    // A backup from before the last schema change (the one taken before migrating) is migrated again.
    if (root.kind === 'old') {
      await this.#migrate(root.raw, root.version);
      return;
    }
    if (root.kind !== 'ok') throw new ReferentError('intern_fejl', da.errors.storeUnreadable(ROOT_FILE, root.kind === 'bad' ? root.reason : storeText.reasons.missing));
    this.#root = root.root;
    const outcome = await this.#checkStamps(this.#rows);
    // Meetings the backup did not have are gone on purpose: not repaired from a backup.
    for (const id of outcome.missing) outcome.rows.delete(id);
    outcome.missing = [];
    await this.#settle(outcome, { quiet: true });
    await this.#writeIndexSnapshot();
  }

  // ---- Opening -------------------------------------------------------------

  async #readRoot(): Promise<{ kind: 'ok'; root: RootFile; version: number } | { kind: 'old'; raw: Record<string, unknown>; version: number } | { kind: 'newer'; raw: unknown; version: number } | { kind: 'missing' } | { kind: 'bad'; reason: string }> {
    let text: string;
    try {
      text = await readText(join(this.dir, ROOT_FILE));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
      if (error instanceof UnreadableTextError) return { kind: 'bad', reason: error.reason };
      throw error;
    }
    if (text.replace(/\0/g, '').trim() === '') return { kind: 'bad', reason: storeText.reasons.empty };
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return { kind: 'bad', reason: storeText.reasons.json };
    }
    // Checked before zod, which recurses: a file nested too deep is damaged, not a reason to crash on start.
    if (jsonTooDeep(raw)) return { kind: 'bad', reason: securityText.store.tooDeep };
    const version = typeof raw?.schemaVersion === 'number' ? raw.schemaVersion : NaN;
    if (version > SCHEMA_VERSION) return { kind: 'newer', raw, version };
    if (version >= 1 && version < SCHEMA_VERSION) return { kind: 'old', raw, version };
    const parsed = rootFileSchema.safeParse(raw);
    if (!parsed.success || version !== SCHEMA_VERSION) return { kind: 'bad', reason: storeText.reasons.schema };
    return { kind: 'ok', root: parsed.data, version };
  }

  async #endRestoreJournal(): Promise<void> {
    await unlink(join(this.dir, RESTORE_JOURNAL));
    await syncDirectory(this.dir);
  }

  /**
   * A restore the journal says was begun and not finished (the app was killed while it put files back): finished now,
   * from the same backup, before anything is read. Read-only (the CLI), it is only reported.
   */
  async #finishInterruptedRestore(): Promise<void> {
    let journal: { backupId?: unknown; createdAt?: unknown; afterSeq?: unknown };
    try {
      journal = JSON.parse(await readText(join(this.dir, RESTORE_JOURNAL))) as typeof journal;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      journal = {};
    }
    const when = typeof journal.createdAt === 'string' ? formatTimestamp(journal.createdAt) : '?';
    const backup = typeof journal.backupId === 'string' ? (await listBackups(this.dir)).find((b) => b.id === journal.backupId) : undefined;
    if (this.#readOnly) {
      this.#notices.push(storeText.restoreInterrupted(when));
      return;
    }
    if (!backup) {
      this.#notices.push(storeText.restoreNotFinished(when));
      await this.#endRestoreJournal();
      return;
    }
    const state = await this.#restoreLogState(journal.afterSeq, backup.id);
    const plan = await planRestore(this.dir, backup.id);
    // Work went on after the restore was logged (the journal could not be removed, say): putting the backup back now
    // would throw that work away, so it is left as it is, and the secretary is told. Ordinary edits are not logged,
    // so the log alone cannot tell a restore killed while it put files back from that; the files can: each save
    // records the log's head, so a file that differs from the backup and records the restore's entry or later was
    // saved after the restore.
    if (state === 'stale' || (state === 'logged' && (await this.#savedSince(plan.write, journal.afterSeq as number)))) {
      this.#notices.push(storeText.restoreStale(when));
      await this.#endRestoreJournal();
      return;
    }
    const removed = meetingIdsIn(plan.remove);
    if (state === 'owed') {
      // Killed between the journal and the log entry. Written now, before the files, as restoreBackup does: the log
      // then says which meetings the restore takes away, so they are not "repaired" back from a backup below. Which
      // files the store had before the restore began is no longer known: every meeting the backup puts back is named.
      const entry = restoreEntry(this.#now(), backup, meetingIdsIn(plan.write), removed);
      const owed = { ...entry, details: { ...entry.details, finishedAtOpen: true } };
      // Never appended after a damaged tail: then it is written once the tail is repaired (#checkAuditAtOpen).
      if (this.#audit.damage()) this.#owedAtOpen.push(owed);
      else await this.#audit.append([owed]);
    }
    await applyRestore(this.dir, plan);
    await this.#endRestoreJournal();
    this.#restoredAtOpen = { removed: new Set(removed) };
    this.#notices.push(storeText.restoreFinished(when));
  }

  /**
   * Whether the restore a journal names reached the log: `logged` when the entry right after `afterSeq` (where the log
   * stood when the journal was written) is that restore and nothing follows it; `stale` when anything else was logged
   * since; `owed` when the log ends where it stood. A journal without `afterSeq` (written before it was recorded) is
   * `logged` when the log's last entry is that restore, `owed` otherwise.
   */
  async #restoreLogState(afterSeq: unknown, backupId: string): Promise<'logged' | 'owed' | 'stale'> {
    const isThisRestore = (e: AuditEntry | null | undefined) => e?.action === 'sikkerhedskopi_gendannet' && e.details?.backupId === backupId;
    const last = this.#audit.head()?.seq ?? 0;
    if (!Number.isSafeInteger(afterSeq) || (afterSeq as number) < 0) return isThisRestore((await this.#audit.entryAt(last)) ?? null) ? 'logged' : 'owed';
    const after = afterSeq as number;
    if (last <= after) return 'owed';
    return isThisRestore(await this.#audit.entryAt(after + 1)) && last === after + 1 ? 'logged' : 'stale';
  }

  /** Whether any of these files (relative to the data folder) was saved after the log's entry `afterSeq`. */
  async #savedSince(files: string[], afterSeq: number): Promise<boolean> {
    for (const file of files) {
      try {
        const head = (JSON.parse(await readText(join(this.dir, file))) as { auditHead?: { seq?: unknown } | null }).auditHead;
        if (typeof head?.seq === 'number' && head.seq > afterSeq) return true;
      } catch {
        // Missing or unreadable: not a file saved since, and the restore puts it back.
      }
    }
    return false;
  }

  /** A restore finished at open: the root file holds the backup's log head, and the meetings it took away are gone on purpose. */
  #restoredAtOpen: { removed: Set<string> } | null = null;

  /** Entries found owed while opening (a restore finished at open), written with the audit check's findings. */
  #owedAtOpen: NewAuditEntry[] = [];

  async #load(fresh: boolean): Promise<void> {
    this.#audit = await AuditLog.open(this.dir);
    await this.#finishInterruptedRestore();
    const root = await this.#readRoot();
    if (root.kind === 'newer' || root.kind === 'old') this.#diskVersion = root.version;
    // A damaged end of the log is cut off first, before anything is appended after it (never in a newer version's store).
    if (root.kind !== 'newer') await this.#repairAuditTail(root.kind === 'ok' ? root.root.auditHead : null);
    if (root.kind === 'newer') {
      this.#readOnly = true;
      this.#notices.push(storeText.newerVersion(root.version, SCHEMA_VERSION));
      const parsed = rootFileSchema.safeParse({ ...(root.raw as object), schemaVersion: SCHEMA_VERSION });
      if (!parsed.success) throw new ReferentError('konflikt', storeText.newerVersion(root.version, SCHEMA_VERSION));
      this.#root = parsed.data;
      await this.#fullRead({ quiet: true });
      return;
    }
    if (root.kind === 'old') {
      const logged = loggedSchemaVersion(await this.auditEntries().catch(() => []));
      if (logged > root.version) await this.#openOlderThanLog(root.raw, root.version, logged, fresh);
      else await this.#migrate(root.raw, root.version);
      await this.#checkAuditAtOpen();
      return;
    }
    if (root.kind === 'ok') {
      this.#root = root.root;
      await this.#loadIndex(fresh);
      await this.#checkAuditAtOpen();
      return;
    }
    // No usable root file.
    if (fresh) {
      this.#root = { schemaVersion: SCHEMA_VERSION, committees: [], auditHead: null };
      if (!this.#readOnly) {
        await this.#writeRoot(this.#root);
        await this.#writeIndexSnapshot();
      }
      await this.#checkAuditAtOpen();
      return;
    }
    if (this.#readOnly) throw new ReferentError('intern_fejl', da.errors.storeUnreadable(ROOT_FILE, root.kind === 'bad' ? root.reason : storeText.reasons.missing));
    await this.#recoverRoot(root.kind === 'bad' ? root.reason : null);
    await this.#checkAuditAtOpen();
  }

  /**
   * A root file that claims an older schema than the log shows the store at: read as the version the log shows, not
   * migrated (a migration would log its registry's keys, a key written in by hand among them). One that does not read
   * as that version is damaged: put aside and restored like any other.
   */
  async #openOlderThanLog(raw: Record<string, unknown>, claimed: number, logged: number, fresh: boolean): Promise<void> {
    const parsed = logged === SCHEMA_VERSION ? rootFileSchema.safeParse({ ...raw, schemaVersion: SCHEMA_VERSION }) : null;
    if (!parsed?.success) {
      if (this.#readOnly) throw new ReferentError('intern_fejl', da.errors.storeUnreadable(ROOT_FILE, storeText.reasons.olderThanLog(claimed, logged)));
      await this.#recoverRoot(storeText.reasons.olderThanLog(claimed, logged));
      return;
    }
    this.#diskVersion = SCHEMA_VERSION;
    this.#notices.push(storeText.rootOlderThanLog(claimed, logged));
    this.#root = parsed.data;
    await this.#loadIndex(fresh);
  }

  async #writeRoot(root: RootFile): Promise<void> {
    this.#rootFile.data = root;
    try {
      await this.#rootFile.write();
    } catch (error) {
      // Renamed into place, only its directory not fsynced: the new root is what is on disk.
      if (error instanceof NotSyncedError) this.#root = root;
      throw error;
    }
    this.#root = root;
  }

  /** `referent.json` lost or damaged while meetings exist: the newest backup's copy, or one rebuilt from the meetings. */
  async #recoverRoot(damage: string | null): Promise<void> {
    const now = this.#now();
    if (damage) {
      await quarantineFile(this.dir, ROOT_FILE, now);
      this.#notices.push(storeText.quarantined(ROOT_FILE, damage));
    } else {
      this.#notices.push(storeText.rootMissing);
    }
    const restored = await findInBackups(this.dir, ROOT_FILE);
    if (restored) {
      this.#root = { ...(restored.data as RootFile), auditHead: this.#audit.head() };
      await this.#writeRoot(this.#root);
      this.#notices.push(storeText.restored(ROOT_FILE, formatTimestamp(restored.createdAt)));
      await this.#loadIndex(false);
      return;
    }
    // Rebuilt from every meeting file: read them all (the index is rebuilt on the way).
    this.#root = { schemaVersion: SCHEMA_VERSION, committees: [], auditHead: null };
    const seen: Meeting[] = [];
    await this.#fullRead({ quiet: true, visit: (m) => void seen.push({ ...m, items: [] }) });
    if (seen.length === 0) {
      throw new ReferentError('intern_fejl', `${this.#notices.join(' ')} ${storeText.rootLost}`);
    }
    const rebuilt = rebuildRoot(seen, now);
    const logged = await this.auditEntries().catch(() => []);
    this.#root = { ...rebuilt, committees: restoreKeysFromLog(rebuilt.committees, logged), auditHead: this.#audit.head() };
    await this.#writeRoot(this.#root);
    this.#notices.push(storeText.rootRebuilt(this.#root.committees.length, seen.length));
  }

  async #loadIndex(fresh: boolean): Promise<void> {
    const read = await this.#index.read();
    if (read.kind !== 'ok') {
      const count = await this.#fullRead({ quiet: fresh || this.#readOnly });
      if (!fresh && read.kind !== 'missing' && read.kind !== 'otherVersion') this.#notices.push(storeText.indexRebuilt(count));
      else if (!fresh && read.kind === 'otherVersion') this.#notices.push(storeText.indexOtherVersion(count));
      else if (!fresh && count > 0 && !this.#readOnly) this.#notices.push(storeText.indexRebuilt(count));
      return;
    }
    this.#rows = read.state.rows;
    this.#journal = read.state.journal;
    const folder = await stat(join(this.dir, MEETINGS_DIR)).catch(() => null);
    if (folder && folder.mtimeMs === read.state.dirMtimeMs) return;
    // A file was added, replaced or removed since the index's last line: find which, by their stamps.
    const outcome = await this.#checkStamps(this.#rows, true);
    // After a crash, the last save's index line may be missing: that is expected, not news.
    await this.#settle(outcome, { quiet: this.#lock?.tookOverStale === true });
    // The list is answered from the rows now; the snapshot (a megabyte, fsynced, at 5,000 meetings) follows in the write queue.
    if (!this.#readOnly) void this.#queue.run(() => this.#writeIndexSnapshot()).catch(() => undefined);
  }

  /**
   * Compares every indexed meeting's stamp (and the folder's file names) with
   * the files, and reads those that differ. The folder listing is skipped when
   * only the stamps need checking (the background pass).
   */
  async #checkStamps(rows: Map<string, IndexRow>, listFolder = true, atOpen = true): Promise<ReadOutcome> {
    const ids = new Set(rows.keys());
    if (listFolder) {
      const names = existsSync(join(this.dir, MEETINGS_DIR)) ? await readdir(join(this.dir, MEETINGS_DIR)) : [];
      for (const name of names) {
        const id = idOfMeetingFile(name);
        if (id) ids.add(id);
      }
    }
    const outcome: ReadOutcome = { rows: new Map(rows), problems: [], missing: [], changed: [] };
    const all = [...ids];
    // Stamps first. At open the list waits for them: plain `stat` calls, which cost half of fs/promises' (a promise and
    // a thread-pool round trip each), handing the event loop back every few milliseconds. Afterwards, in the
    // background, the search typed meanwhile comes first: fs/promises, a batch at a time, never holding the loop.
    const toRead: string[] = [];
    const compare = (id: string, stats: FileStampSource | undefined): void => {
      const row = rows.get(id);
      if (row && stats && sameStamp(stampOf(stats), row.stamp)) return;
      if (stats) toRead.push(id);
      else if (row) outcome.missing.push(id);
    };
    if (atOpen) {
      let sliceStart = performance.now();
      for (let i = 0; i < all.length; i += 1) {
        let stats: FileStampSource | undefined;
        try {
          stats = statSync(meetingPath(this.dir, all[i]!), { throwIfNoEntry: false });
        } catch {
          // A name that cannot be followed (a link in a ring) is still there: its own stamp sends it to be read, which
          // puts it aside. One that cannot even be looked at (the folder's permissions): as if missing.
          stats = lstatOrNothing(meetingPath(this.dir, all[i]!));
        }
        compare(all[i]!, stats);
        if (performance.now() - sliceStart >= STAT_SLICE_MS) {
          this.#progress({ phase: 'kontrollerer', done: i + 1, total: all.length });
          await new Promise<void>((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
      }
      this.#progress({ phase: 'kontrollerer', done: all.length, total: all.length });
    } else {
      for (let i = 0; i < all.length && !this.#closed; i += READ_BATCH) {
        const batch = all.slice(i, i + READ_BATCH);
        const found = await Promise.all(batch.map((id) => stat(meetingPath(this.dir, id)).catch(() => lstatOrNothing(meetingPath(this.dir, id)))));
        batch.forEach((id, k) => compare(id, found[k]));
        // The next batch from the loop's check phase, not from this completion: the thread pool answers the stats so
        // fast that one poll phase would otherwise run batch after batch (30 ms and more at 5,000 meetings).
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      if (this.#closed) return outcome;
    }
    for (let i = 0; i < toRead.length; i += READ_BATCH) {
      const batch = toRead.slice(i, i + READ_BATCH);
      const reads = await Promise.all(batch.map((id) => readMeetingFile(this.dir, id, this.#root)));
      reads.forEach((read, k) => this.#apply(outcome, batch[k]!, read));
      if (!atOpen && this.#closed) break;
    }
    return outcome;
  }

  #apply(outcome: ReadOutcome, id: string, read: MeetingRead): void {
    if (read.kind === 'ok') {
      outcome.rows.set(id, { summary: indexedSummary(read.meeting), stamp: read.stamp });
      outcome.changed.push(read.meeting);
    } else if (read.kind === 'damaged') {
      outcome.problems.push({ file: meetingFileName(id), reason: read.reason });
      outcome.rows.delete(id);
    } else if (outcome.rows.has(id)) {
      outcome.missing.push(id);
    }
  }

  /** Reads every meeting file (the index is missing, unreadable, of another version, or the root must be rebuilt). */
  async #fullRead(options: { quiet: boolean; visit?: (m: Meeting) => void }): Promise<number> {
    const names = existsSync(join(this.dir, MEETINGS_DIR)) ? (await readdir(join(this.dir, MEETINGS_DIR))).flatMap((n) => idOfMeetingFile(n) ?? []).sort() : [];
    const outcome: ReadOutcome = { rows: new Map(), problems: [], missing: [], changed: [] };
    for (let i = 0; i < names.length; i += READ_BATCH) {
      const batch = names.slice(i, i + READ_BATCH);
      const reads = await Promise.all(batch.map((id) => readMeetingFile(this.dir, id, this.#root)));
      reads.forEach((read, k) => {
        this.#apply(outcome, batch[k]!, read);
        if (read.kind === 'ok') options.visit?.(read.meeting);
      });
      // Only summaries are kept: a large store is read without holding it.
      outcome.changed.length = 0;
      this.#progress({ phase: 'laeser', done: Math.min(i + READ_BATCH, names.length), total: names.length });
    }
    this.#rows = new Map();
    await this.#settle(outcome, { quiet: true });
    if (!this.#readOnly) await this.#writeIndexSnapshot();
    return this.#rows.size;
  }

  /**
   * Takes the outcome of reading files into the store: new rows, damaged files
   * quarantined and restored, missing meetings restored or recorded as lost.
   */
  async #settle(outcome: ReadOutcome, options: { quiet: boolean }): Promise<void> {
    const previous = this.#rows;
    this.#rows = outcome.rows;
    this.#sorted = null;
    for (const m of outcome.changed) this.#cache.delete(m.id);
    const news = outcome.changed.length + outcome.missing.length + outcome.problems.length;
    if (!options.quiet && news > 0 && previous.size > 0) this.#notices.push(storeText.changedOutside(news));
    if (this.#readOnly) {
      // Reading only: nothing is moved or restored; what cannot be read is named, and the rest opens.
      for (const p of [...outcome.problems, ...outcome.missing.map((id) => ({ file: meetingFileName(id), reason: storeText.reasons.missing }))]) {
        this.#notices.push(da.errors.storeUnreadable(p.file, p.reason));
        this.#rows.delete(idOfMeetingFile(p.file.slice(MEETINGS_DIR.length + 1))!);
      }
    } else {
      for (const problem of outcome.problems) await this.#repair(idOfMeetingFile(problem.file.slice(MEETINGS_DIR.length + 1))!, problem.reason, true);
      // A meeting the log saw deleted is not brought back from a backup: its file went on purpose, and only the index
      // line saying so was lost (a crash after the delete, before the index reached the disk).
      const { expected } = outcome.missing.length > 0 ? meetingsInLog(await this.auditEntries()) : { expected: new Set<string>() };
      for (const id of outcome.missing) {
        if (expected.has(id) && !this.#restoredAtOpen?.removed.has(id)) {
          await this.#repair(id, storeText.reasons.missing, true);
        } else {
          this.#dropRow(id);
          await this.#appendIndex([id]).catch(() => undefined);
        }
      }
    }
    for (const m of outcome.changed) this.#emit({ type: 'meeting', meeting: m });
  }

  /**
   * A damaged or missing meeting file: the damaged one moved to quarantine,
   * then the newest good copy from any backup written in its place; if none
   * exists, the loss is recorded in the audit log and `check` reports it.
   */
  async #repair(id: string, reason: string, emit: boolean): Promise<void> {
    const file = meetingFileName(id);
    const now = this.#now();
    if (reason !== storeText.reasons.missing) {
      await quarantineFile(this.dir, file, now);
      this.#notices.push(storeText.quarantined(file, reason));
    } else {
      this.#notices.push(storeText.meetingMissing(file));
    }
    const restored = await findInBackups(this.dir, file);
    if (restored) {
      const meeting = (restored.data as { meeting: Meeting }).meeting;
      const stamp = await writeFileDurably(meetingPath(this.dir, id), storeJson(restored.data));
      this.#setRow({ summary: indexedSummary(meeting), stamp });
      this.#notices.push(storeText.restored(file, formatTimestamp(restored.createdAt)));
      await this.#appendIndex([id]).catch(() => undefined);
      if (emit) this.#emit({ type: 'meeting', meeting });
      return;
    }
    this.#notices.push(storeText.notRestored(file));
    this.#dropRow(id);
    await this.#appendIndex([id]).catch(() => undefined);
    await this.#write([{ at: now.toISOString(), meetingId: id, action: 'moede_mistet', actor: SECRETARY, details: { file, reason } }], new Map(), null);
    if (emit) this.#emit({ type: 'meetingDeleted', meetingId: id });
  }

  /** Found damaged or missing on reading: repaired in the queue, once, while the app goes on. */
  #scheduleRepair(id: string): void {
    if (this.#readOnly || this.#repairing.has(id)) return;
    this.#repairing.add(id);
    void this.#queue
      .run(() => this.#tx.exit(async () => {
        // The whole folder gone (a removed temporary directory) is nothing a backup should refill.
        if (this.#closed || !existsSync(join(this.dir, MEETINGS_DIR))) return;
        const again = await readMeetingFile(this.dir, id, this.#root);
        if (again.kind === 'ok') {
          this.#changedOutside(again.meeting, again.stamp);
          return;
        }
        await this.#repair(id, again.kind === 'missing' ? storeText.reasons.missing : again.reason, true);
      }))
      .catch((error: unknown) => {
        if (existsSync(join(this.dir, MEETINGS_DIR))) console.error('[referent] repair failed', id, error);
      })
      .finally(() => this.#repairing.delete(id));
  }

  /**
   * Brings an older store up to the current schema: a backup first, then each
   * meeting file from its own version (a batch at a time), the index, an audit
   * entry naming every meeting that exists, and the root file last (its
   * version is what marks the store as migrated).
   */
  async #migrate(rawRoot: Record<string, unknown>, version: number): Promise<void> {
    const roots = rootsByVersion(rawRoot, version);
    const parsedRoot = rootFileSchema.safeParse({ ...roots.get(SCHEMA_VERSION), schemaVersion: SCHEMA_VERSION });
    if (!parsedRoot.success) {
      if (this.#readOnly) throw new ReferentError('intern_fejl', da.errors.storeUnreadable(ROOT_FILE, storeText.reasons.schema));
      await this.#recoverRoot(storeText.reasons.schema);
      return;
    }
    this.#root = parsedRoot.data;
    if (!this.#readOnly) await createBackup(this.dir, 'foer-migrering', version, this.#now());
    const names = (await readdir(join(this.dir, MEETINGS_DIR)).catch(() => [] as string[])).flatMap((n) => idOfMeetingFile(n) ?? []).sort();
    const outcome: ReadOutcome = { rows: new Map(), problems: [], missing: [], changed: [] };
    const head = this.#audit.head();
    for (let i = 0; i < names.length; i += READ_BATCH) {
      const batch = names.slice(i, i + READ_BATCH);
      await Promise.all(
        batch.map(async (id) => {
          const file = meetingFileName(id);
          let raw: Record<string, unknown>;
          try {
            const text = await readText(join(this.dir, file));
            if (text.replace(/\0/g, '').trim() === '') throw new Error(storeText.reasons.empty);
            raw = JSON.parse(text) as Record<string, unknown>;
          } catch (error) {
            const reason = error instanceof UnreadableTextError ? error.reason : (error as Error).message === storeText.reasons.empty ? storeText.reasons.empty : storeText.reasons.json;
            outcome.problems.push({ file, reason });
            return;
          }
          if (jsonTooDeep(raw)) {
            outcome.problems.push({ file, reason: securityText.store.tooDeep });
            return;
          }
          let parsed;
          try {
            parsed = meetingFileSchema.safeParse({ ...migrateMeetingFile(raw, roots, version), schemaVersion: SCHEMA_VERSION });
          } catch {
            parsed = null;
          }
          if (!parsed?.success || parsed.data.meeting.id !== id) {
            outcome.problems.push({ file, reason: storeText.reasons.schema });
            return;
          }
          const meeting = parsed.data.meeting;
          const stamp = this.#readOnly ? stampOf(await stat(join(this.dir, file))) : await writeFileDurably(meetingPath(this.dir, id), storeJson({ schemaVersion: SCHEMA_VERSION, meeting, auditHead: head }));
          outcome.rows.set(id, { summary: indexedSummary(meeting), stamp });
        }),
      );
      this.#progress({ phase: 'migrerer', done: Math.min(i + READ_BATCH, names.length), total: names.length });
    }
    this.#rows = new Map();
    await this.#settle(outcome, { quiet: true });
    if (this.#readOnly) return;
    await this.#writeIndexSnapshot();
    await this.#registerMeetings('migrering', { fromVersion: version, toVersion: SCHEMA_VERSION });
    // Written last in any case: the root file's version is what marks the store as migrated.
    if (this.#rows.size === 0) await this.#write([], new Map(), null, { rootHeadOnly: true });
  }

  /** The end of the audit log against the head the root file recorded (auditAtOpen.ts); findings are written as one transaction. */
  async #checkAuditAtOpen(): Promise<void> {
    const recorded = this.#root.auditHead;
    // A repaired tail already carries its marker, with what the root file had seen. After a restore finished at open
    // the root file is the backup's, and so is its head: the entries since are the work the restore undid, not
    // changes cut short, and the head is simply written up to date.
    const findings = this.#tailRepaired || this.#restoredAtOpen
      ? { entries: [], notices: [] }
      : await checkAuditHead(this.#audit, recorded, this.#now().toISOString(), (id) => {
          const read = readMeetingFileSync(this.dir, id, this.#root);
          return read.kind === 'ok' ? read.auditHead : 'unreadable';
        });
    this.#notices.push(...findings.notices);
    if (this.#readOnly) return;
    const entries = [...findings.entries, ...this.#owedAtOpen.splice(0)];
    if (entries.length > 0 || (recorded?.seq ?? 0) !== (this.#audit.head()?.seq ?? 0)) await this.#write(entries, new Map(), null, { rootHeadOnly: true });
  }

  #tailRepaired = false;

  async #repairAuditTail(recorded: AuditHead | null): Promise<void> {
    if (this.#readOnly) {
      const damage = this.#audit.damage();
      if (damage) this.#notices.push(storeText.auditTailQuarantined('-', damage.bytes.length));
      return;
    }
    const notice = await repairAuditTail(this.dir, this.#audit, recorded, this.#now());
    if (!notice) return;
    this.#notices.push(notice);
    this.#tailRepaired = true;
  }

  /** One audit entry naming every meeting that exists now (after seeding or migrating), so a file deleted later is missed. */
  async #registerMeetings(reason: string, extra: Record<string, unknown> = {}): Promise<void> {
    const meetings = [...this.#rows.keys()].sort();
    if (meetings.length === 0) return;
    // The keys registered by then too (seeds, migrated stores): `check` finds every registered key in the log.
    const keys = registeredKeyList(this.#root.committees);
    // The version too: a root file later claiming an older one is then known for what it is (loggedSchemaVersion).
    await this.#write([{ at: this.#now().toISOString(), meetingId: null, action: 'moeder_registreret', actor: SECRETARY, details: { reason, ...extra, schemaVersion: SCHEMA_VERSION, meetings, ...(keys.length ? { keys } : {}) } }], new Map(), null, { rootHeadOnly: true });
  }

  // ---- After open ----------------------------------------------------------

  /**
   * In the background, never holding up the first screen: every indexed
   * meeting's stamp is checked against its file (catching files edited in
   * place, which does not move the folder's mtime), and then the day's backup
   * is made if it is due.
   */
  /** Reads these meetings again, in the queue, and takes in what changed since this process last wrote them. */
  async #recheck(ids: string[]): Promise<void> {
    if (!existsSync(join(this.dir, MEETINGS_DIR))) return;
    const reads: [string, MeetingRead][] = [];
    for (const id of ids) reads.push([id, await readMeetingFile(this.dir, id, this.#root)]);
    // The rows copied only now: a meeting read meanwhile (and its row brought up to date) is not set back.
    const outcome: ReadOutcome = { rows: new Map(this.#rows), problems: [], missing: [], changed: [] };
    for (const [id, read] of reads) {
      if (read.kind === 'ok' && sameStamp(this.#rows.get(id)?.stamp, read.stamp)) continue;
      this.#apply(outcome, id, read);
    }
    const touched = [...outcome.changed.map((m) => m.id)];
    await this.#settle(outcome, { quiet: false });
    await this.#appendIndex(touched);
  }

  #startBackgroundWork(): void {
    const meetingsDir = join(this.dir, MEETINGS_DIR);
    this.#checked = (async () => {
      // After the first screen's answers (the list is served from the index meanwhile), not competing with them; at once on close.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, BACKGROUND_AFTER_MS);
        this.#wakeBackground = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#wakeBackground = null;
      if (this.#closed) return;
      // With the folder's listing: a meeting file added while no Referent had the folder open, next to an index that
      // vouched for the folder, is found here.
      const outcome = await this.#checkStamps(this.#rows, true, false);
      // The folder gone (a test's temporary directory removed) means there is nothing left to look after.
      if (this.#closed || !existsSync(meetingsDir)) return;
      const flagged = [...outcome.changed.map((m) => m.id), ...outcome.problems.map((p) => idOfMeetingFile(p.file.slice(MEETINGS_DIR.length + 1))!), ...outcome.missing];
      if (flagged.length > 0) await this.#queue.run(() => this.#tx.exit(() => this.#recheck(flagged)));
    })().catch((error: unknown) => {
      if (existsSync(meetingsDir)) console.error('[referent] checking the meeting files after open failed', error);
    });
    this.#background = this.#checked.then(async () => {
      if (this.#closed || this.#readOnly || !existsSync(meetingsDir)) return;
      if (await dailyBackupDue(this.dir, this.#now())) await this.backup('daglig');
    }).catch((error: unknown) => {
      if (!existsSync(meetingsDir)) return;
      console.error('[referent] the daily backup failed', error);
      // Shown with the open's other notices (the Sikkerhedskopier view asks again): a day without a backup must not pass unnoticed.
      this.#notices.push(storeText.backupFailed(whatWentWrong(error, this.dir)));
    });
  }

  /**
   * Resolves when the check after open is done: every indexed meeting's stamp
   * compared with its file, and what changed taken in (and damage repaired).
   * `store.info` waits for it, so its notices are complete; the meeting list does not.
   */
  checked(): Promise<void> {
    return this.#checked;
  }

  /**
   * Resolves when the work after open is done: the check, and then the daily backup (in a background, the first start
   * of a day only). `store.info` waits for it, so a daily backup that failed is among the notices the window shows.
   */
  settled(): Promise<void> {
    return this.#checked.then(() => this.#background).catch(() => undefined);
  }
}

/** The meetings among a restore plan's files (paths relative to the data folder). */
function meetingIdsIn(files: string[]): string[] {
  return files.flatMap((f) => (f.startsWith(`${MEETINGS_DIR}/`) ? [idOfMeetingFile(f.slice(MEETINGS_DIR.length + 1))!] : []));
}

function restoreEntry(at: Date, backup: BackupInfo, added: string[], removed: string[]): NewAuditEntry {
  return {
    at: at.toISOString(),
    meetingId: null,
    action: 'sikkerhedskopi_gendannet',
    actor: SECRETARY,
    details: { backupId: backup.id, createdAt: backup.createdAt, reason: backup.reason, added, removed },
  };
}

function lstatOrNothing(path: string): FileStampSource | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

async function hasMeetings(dir: string): Promise<boolean> {
  const meetingsDir = join(dir, MEETINGS_DIR);
  if (!existsSync(meetingsDir)) return false;
  const found = (await readdir(meetingsDir)).some((n) => idOfMeetingFile(n) !== null);
  return found;
}

/** Temp files of writes that never reached their rename (a crash, a kill): the old file is intact, so they are garbage. */
async function removeInterruptedWrites(dir: string): Promise<void> {
  for (const folder of [dir, join(dir, MEETINGS_DIR)]) {
    if (!existsSync(folder)) continue;
    for (const name of await readdir(folder)) {
      if (isTempName(name)) await unlink(join(folder, name)).catch(() => undefined);
    }
  }
}

async function copySeeds(seedsDir: string, dir: string): Promise<void> {
  const from = join(seedsDir, MEETINGS_DIR);
  if (existsSync(from)) {
    for (const name of await readdir(from)) {
      if (idOfMeetingFile(name)) await writeFileDurably(join(dir, MEETINGS_DIR, name), await readFile(join(from, name)));
    }
  }
  // The root file goes last: its presence is what marks the directory as initialised.
  await writeFileDurably(join(dir, ROOT_FILE), await readFile(join(seedsDir, ROOT_FILE)));
}

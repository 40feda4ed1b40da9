import { createReadStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Canonical } from '../hash/sha256Canonical.ts';
import { diskFullOr } from '../store/diskFull.ts';
import { sameStamp, stampOf, type FileStamp } from '../store/durableJsonFile.ts';
import type { AuditHead } from '../../../shared/domain/storeSchema.ts';
import { jsonTooDeep } from '../security/inputGuard.ts';
import { storeText } from '../../../shared/i18n/store.da.ts';

export const AUDIT_FILE = 'audit.jsonl';
export const GENESIS = '0'.repeat(64);
/** Enough for hundreds of entries: open reads only this much of the log. */
const TAIL_BYTES = 256 * 1024;

export type { AuditHead };

export type AuditAction =
  | 'sendt_til_godkendelse'
  | 'godkendt'
  | 'afvist'
  | 'genaabnet'
  | 'eksporteret'
  | 'dagsorden_eksporteret'
  | 'tjek_tilsidesat'
  | 'godkendelsespakke_eksporteret'
  | 'svar_importeret'
  /** A referat or dagsorden imported from a file (issue 14): the file's name and SHA-256, the meeting and its committee. */
  | 'moede_importeret'
  | 'moede_oprettet'
  | 'moede_slettet'
  | 'moede_mistet'
  | 'moeder_registreret'
  | 'status_aendret'
  | 'godkendelse_fjernet'
  | 'udvalg_oprettet'
  | 'noegle_registreret'
  | 'noegle_udskiftet'
  | 'sikkerhedskopi_gendannet'
  | 'afbrudt'
  | 'revisionsspor_genstartet';

export type AuditEntry = {
  seq: number;
  at: string;
  /** Null for what concerns the store or a committee rather than one meeting. */
  meetingId: string | null;
  action: AuditAction;
  actor: string;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
};

export type NewAuditEntry = Pick<AuditEntry, 'at' | 'meetingId' | 'action' | 'actor' | 'details'>;

/** A restart marker: why the chain was restarted, and whether entries that files had already seen were lost. */
export type AuditRestart = { seq: number; reason: string; acknowledgedLost: boolean };

export type AuditVerification =
  | { ok: true; entries: number; restarts: AuditRestart[] }
  | { ok: false; entries: number; brokenAt: number; reason: string; restarts: AuditRestart[] };

/** Bytes at the end of the log that are no entry (a torn append after a crash or a full disk). */
export type TailDamage = { offset: number; bytes: Buffer };

type ScannedLine = { offset: number; length: number; entry: AuditEntry | null; text: string };

/**
 * Append-only, hash-chained log of what happened to protocols and to the store.
 * Each line's hash covers its content and the previous line's hash, so removing,
 * reordering or editing any line breaks every hash after it.
 *
 * Owned by the Store, which appends in its one write path (one write and one
 * fsync per transaction, before the files the entries describe). Open reads only
 * the tail; the whole chain is read by `verify()` (incrementally after the first
 * time) and by `referent check`.
 */
export class AuditLog {
  readonly path: string;
  #head: AuditHead | null;
  #size: number;
  #stamp: FileStamp | null;
  #needsNewline: boolean;
  #tail: AuditEntry[];
  #damage: TailDamage | null;
  /** The verified prefix: everything before `offset` chains correctly up to `head`. */
  #verified: { offset: number; head: AuditHead | null; entries: number; restarts: AuditRestart[]; stamp: FileStamp | null } | null = null;
  #byMeeting: Map<string, { offset: number; length: number }[]> | null = null;
  #broken: { stamp: FileStamp; result: AuditVerification } | null = null;

  private constructor(path: string, state: { head: AuditHead | null; size: number; stamp: FileStamp | null; needsNewline: boolean; tail: AuditEntry[]; damage: TailDamage | null }) {
    this.path = path;
    this.#head = state.head;
    this.#size = state.size;
    this.#stamp = state.stamp;
    this.#needsNewline = state.needsNewline;
    this.#tail = state.tail;
    this.#damage = state.damage;
  }

  static async open(dir: string): Promise<AuditLog> {
    const path = join(dir, AUDIT_FILE);
    let handle;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new AuditLog(path, { head: null, size: 0, stamp: null, needsNewline: false, tail: [], damage: null });
      throw error;
    }
    try {
      const stats = await handle.stat();
      let window = Math.min(stats.size, TAIL_BYTES);
      for (;;) {
        const start = stats.size - window;
        const bytes = Buffer.alloc(window);
        await handle.read(bytes, 0, window, start);
        const found = parseTail(bytes, start);
        // No whole entry in the window: look further back, up to the whole file.
        if (found.tail.length === 0 && start > 0) {
          window = Math.min(stats.size, window * 4);
          continue;
        }
        const last = found.tail.at(-1);
        const head = last ? { seq: last.seq, hash: last.hash } : null;
        const damage = found.goodEnd < stats.size && found.garbage ? { offset: found.goodEnd, bytes: bytes.subarray(found.goodEnd - start) } : null;
        const needsNewline = !damage && found.tail.length > 0 && bytes[found.goodEnd - start - 1] !== 0x0a;
        return new AuditLog(path, { head, size: stats.size, stamp: stampOf(stats), needsNewline, tail: found.tail, damage });
      }
    } finally {
      await handle.close();
    }
  }

  /** The last entry's seq and hash, or null for an empty log. */
  head(): AuditHead | null {
    return this.#head;
  }

  /** Damage found at the end of the log at open, not yet repaired. */
  damage(): TailDamage | null {
    return this.#damage;
  }

  /** The entries read at open from the end of the log, oldest first. */
  tail(): AuditEntry[] {
    return [...this.#tail];
  }

  /**
   * Cuts a damaged tail off, after the caller has stored its bytes elsewhere:
   * the log then ends at its last whole entry, and the next append chains on from it.
   */
  async cutDamagedTail(): Promise<void> {
    const damage = this.#damage;
    if (!damage) return;
    await truncate(this.path, damage.offset);
    await fsyncFile(this.path);
    this.#size = damage.offset;
    this.#stamp = stampOf(await stat(this.path));
    this.#damage = null;
    this.#needsNewline = false;
    this.#verified = null;
    this.#byMeeting = null;
  }

  /** The entry with this seq: from the tail read at open, or else by reading the log. */
  async entryAt(seq: number): Promise<AuditEntry | null> {
    const inTail = this.#tail.find((e) => e.seq === seq);
    if (inTail) return inTail;
    if (this.#tail.length > 0 && seq > this.#tail.at(-1)!.seq) return null;
    for await (const line of this.#lines()) if (line.entry?.seq === seq) return line.entry;
    return null;
  }

  /** The entries that follow a given seq, read from the tail (or the whole log when the tail is too short). */
  async entriesAfter(seq: number): Promise<AuditEntry[]> {
    if (this.#tail.length > 0 && this.#tail[0]!.seq <= seq + 1) return this.#tail.filter((e) => e.seq > seq);
    const found: AuditEntry[] = [];
    for await (const line of this.#lines()) if (line.entry && line.entry.seq > seq) found.push(line.entry);
    return found;
  }

  /**
   * Appends entries in one write and one fsync. If the write fails (a full
   * disk), the file is cut back to where it was, so no half line remains.
   */
  async append(entries: NewAuditEntry[]): Promise<AuditEntry[]> {
    if (entries.length === 0) return [];
    const written: AuditEntry[] = [];
    let prev = this.#head;
    for (const entry of entries) {
      const body = { seq: (prev?.seq ?? 0) + 1, ...entry, prevHash: prev?.hash ?? GENESIS };
      const full: AuditEntry = { ...body, hash: sha256Canonical(body) };
      written.push(full);
      prev = { seq: full.seq, hash: full.hash };
    }
    const text = (this.#needsNewline ? '\n' : '') + written.map((e) => JSON.stringify(e)).join('\n') + '\n';
    const bytes = Buffer.from(text, 'utf8');
    const before = this.#size;
    const handle = await open(this.path, 'a');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
      this.#stamp = stampOf(await handle.stat());
    } catch (error) {
      await handle.truncate(before).catch(() => undefined);
      await handle.sync().catch(() => undefined);
      throw diskFullOr(error);
    } finally {
      await handle.close();
    }
    this.#size = before + bytes.length;
    this.#needsNewline = false;
    this.#head = prev;
    this.#tail.push(...written);
    if (this.#tail.length > 512) this.#tail.splice(0, this.#tail.length - 256);
    return written;
  }

  /** Takes back the last append (the files it described could not be written): cuts the log to `size`. */
  async rollback(size: number, head: AuditHead | null): Promise<void> {
    await truncate(this.path, size);
    await fsyncFile(this.path);
    this.#size = size;
    this.#stamp = stampOf(await stat(this.path));
    this.#head = head;
    this.#tail = this.#tail.filter((e) => e.seq <= (head?.seq ?? 0));
    this.#verified = null;
    this.#byMeeting = null;
  }

  get size(): number {
    return this.#size;
  }

  /** One meeting's entries (or all), read from the file. */
  async entries(meetingId?: string): Promise<AuditEntry[]> {
    if (meetingId === undefined) {
      const all: AuditEntry[] = [];
      for await (const line of this.#lines()) if (line.entry) all.push(line.entry);
      return all;
    }
    await this.verify();
    const places = this.#byMeeting?.get(meetingId) ?? [];
    if (places.length === 0) return [];
    const handle = await open(this.path, 'r');
    try {
      const found: AuditEntry[] = [];
      for (const { offset, length } of places) {
        const bytes = Buffer.alloc(length);
        await handle.read(bytes, 0, length, offset);
        const entry = parseEntry(bytes.toString('utf8'));
        if (entry) found.push(entry);
      }
      return found;
    } finally {
      await handle.close();
    }
  }

  /**
   * Checks every link of the chain. The first call reads the whole log; later
   * calls read only what was appended since, unless the file was changed by
   * anyone but this log, which reads it all again.
   */
  verify(): Promise<AuditVerification> {
    // One at a time: two reads from the same verified offset would index the same entries twice (a trail showing every answer twice).
    const run = this.#verifying.then(() => this.#verify());
    this.#verifying = run.catch(() => undefined);
    return run;
  }

  #verifying: Promise<unknown> = Promise.resolve();

  async #verify(): Promise<AuditVerification> {
    let current: FileStamp;
    try {
      current = stampOf(await stat(this.path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, entries: 0, restarts: [] };
      throw error;
    }
    if (this.#broken && sameStamp(this.#broken.stamp, current) && this.#byMeeting) return this.#broken.result;
    const fresh = this.#byMeeting !== null && (await this.#unchangedSinceVerified());
    const from = fresh && this.#verified ? this.#verified : { offset: 0, head: null, entries: 0, restarts: [] as AuditRestart[], stamp: null };
    if (!fresh) this.#byMeeting = new Map();
    const byMeeting = this.#byMeeting!;
    let prev = from.head;
    let count = from.entries;
    const restarts = [...from.restarts];
    let offset = from.offset;
    let broken: { brokenAt: number; reason: string } | null = null;
    for await (const line of this.#lines(from.offset)) {
      const e = line.entry;
      if (!e) {
        if (line.text.replace(/\0/g, 'x').trim() === '') continue;
        broken ??= { brokenAt: count + 1, reason: storeText.auditLineUnreadable(count + 1) };
        count += 1;
        continue;
      }
      // After a break the rest is still indexed by meeting, so the trail can be shown, but no longer counts as verified.
      if (e.meetingId) (byMeeting.get(e.meetingId) ?? byMeeting.set(e.meetingId, []).get(e.meetingId)!).push({ offset: line.offset, length: line.length });
      if (!broken) {
        const { hash, ...body } = e;
        if (e.prevHash !== (prev?.hash ?? GENESIS) || e.seq !== (prev?.seq ?? 0) + 1 || sha256Canonical(body) !== hash) {
          broken = { brokenAt: count + 1, reason: storeText.auditLineBroken(count + 1) };
        } else {
          if (e.action === 'revisionsspor_genstartet') restarts.push({ seq: e.seq, reason: String(e.details.reason ?? ''), acknowledgedLost: e.details.acknowledgedLost === true });
          prev = { seq: e.seq, hash };
          offset = line.offset + line.length + 1;
        }
      }
      count += 1;
    }
    if (broken) {
      this.#verified = null;
      const result: AuditVerification = { ok: false, entries: count, ...broken, restarts };
      this.#broken = { stamp: current, result };
      return result;
    }
    this.#broken = null;
    this.#verified = { offset, head: prev, entries: count, restarts, stamp: current };
    return { ok: true, entries: count, restarts };
  }

  async #unchangedSinceVerified(): Promise<boolean> {
    if (!this.#verified) return false;
    try {
      const now = stampOf(await stat(this.path));
      // Our own appends move the stamp too; they are what lies after the verified offset.
      return sameStamp(now, this.#stamp) && now.size >= this.#verified.offset;
    } catch {
      return false;
    }
  }

  /** Streams the log's lines from a byte offset, with the byte offset and length of each. */
  async *#lines(from = 0): AsyncGenerator<ScannedLine> {
    let stream;
    try {
      await stat(this.path);
      stream = createReadStream(this.path, { start: from, highWaterMark: 1 << 20 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    let carry = Buffer.alloc(0);
    let offset = from;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let buffer = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      let newline = buffer.indexOf(0x0a);
      while (newline !== -1) {
        const text = buffer.subarray(0, newline).toString('utf8');
        yield { offset, length: newline, entry: parseEntry(text), text };
        offset += newline + 1;
        buffer = buffer.subarray(newline + 1);
        newline = buffer.indexOf(0x0a);
      }
      carry = Buffer.from(buffer);
    }
    if (carry.length > 0) {
      const text = carry.toString('utf8');
      yield { offset, length: carry.length, entry: parseEntry(text), text };
    }
  }
}

/** A line that is an entry in shape (its hash is checked by verify, not here), or null. */
function parseEntry(text: string): AuditEntry | null {
  if (text.trim() === '') return null;
  try {
    const value = JSON.parse(text) as Partial<AuditEntry>;
    // A line nested too deep would overflow the canonical hash's recursion: it is damaged, not an entry.
    if (jsonTooDeep(value)) return null;
    if (typeof value !== 'object' || value === null || typeof value.seq !== 'number' || typeof value.hash !== 'string' || typeof value.prevHash !== 'string' || typeof value.action !== 'string') return null;
    return value as AuditEntry;
  } catch {
    return null;
  }
}

/**
 * The whole entries at the end of a window of the log, and where the last one
 * ends. `garbage` is set when non-blank bytes follow it (a torn or garbled line).
 */
function parseTail(bytes: Buffer, start: number): { tail: AuditEntry[]; goodEnd: number; garbage: boolean } {
  let from = 0;
  if (start > 0) {
    const first = bytes.indexOf(0x0a);
    if (first === -1) return { tail: [], goodEnd: start, garbage: false };
    from = first + 1;
  }
  const lines: { end: number; entry: AuditEntry | null; blank: boolean }[] = [];
  let pos = from;
  while (pos < bytes.length) {
    let end = bytes.indexOf(0x0a, pos);
    const complete = end !== -1;
    if (!complete) end = bytes.length;
    const text = bytes.subarray(pos, end).toString('utf8');
    lines.push({ end: complete ? end + 1 : end, entry: parseEntry(text), blank: text.replace(/\0/g, 'x').trim() === '' });
    pos = complete ? end + 1 : end;
  }
  let lastGood = lines.length - 1;
  while (lastGood >= 0 && !lines[lastGood]!.entry) lastGood -= 1;
  const goodEnd = start + (lastGood >= 0 ? lines[lastGood]!.end : from);
  const garbage = lines.slice(lastGood + 1).some((l) => !l.blank);
  const tail = lines.slice(0, lastGood + 1).flatMap((l) => (l.entry ? [l.entry] : []));
  return { tail, goodEnd, garbage };
}

async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

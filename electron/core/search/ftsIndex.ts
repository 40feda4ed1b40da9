import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { READ_FLAGS } from '../store/readText.ts';
import { dirname, join } from 'node:path';
import { meetingDocs, type ItemDoc } from './meetingDocs.ts';
import { FuzzyTerms, kept } from './fuzzyTerms.ts';
import { matchExpression, queryTerms, snippet, type TermAlternatives } from './searchTerms.ts';
import { inverseDocumentFrequency, scoreItem, type FieldAverages, type QueryWord } from './rankItems.ts';
import { sqlite, transaction, type SqlDatabase, type SqlStatement } from './sqlite.ts';

/** Raise whenever what is indexed, or how, changes: an index of another version is rebuilt. */
export const INDEX_VERSION = 3;

/** Up to this many matches every one is ranked; more, and the query is too broad for ranking all to be worth it. */
const RANK_ALL_UP_TO = 200;
/** How many of the newest items with the words in the title or case number are ranked… */
const TITLE_WINDOW = 200;
/** …and, for a broad query with too few of those, how many of the newest with the words anywhere. */
const NEWEST_WINDOW = 100;
/** A word's document frequency is counted up to here: beyond it a word says little anyway. */
const COUNT_UP_TO = 2000;
/** Meetings indexed per transaction: a crash loses at most one batch, which the next start redoes. */
const BATCH = 50;
/** After this many meetings indexed at once, the index is merged into one segment for faster queries. */
const OPTIMIZE_AFTER = 500;


export type IndexedHit = {
  meetingId: string;
  committeeId: string;
  date: string;
  itemId: string;
  itemLabel: string;
  title: string;
  caseNumber: string;
  snippet: string;
  score: number;
};

export type ReconcileResult = { indexed: number; removed: number; unchanged: number };

/** Where the index lives when its folder cannot hold it (`cache` made a file, no permission, a read-only drive). */
export const IN_MEMORY = ':memory:';

type Detail = { rowid: number; meeting_id: string; committee_id: string; date: string; item_id: string; item_label: string; title: string; case_number: string; text?: string };
type Scored = { detail: Detail; score: number };
type Stats = { documents: number; averages: FieldAverages };

const SCHEMA = `
  PRAGMA journal_mode = WAL;
  PRAGMA synchronous = NORMAL;
  PRAGMA cache_size = -16000;
  CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS files(meeting_id TEXT PRIMARY KEY, stamp TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS docs(rowid INTEGER PRIMARY KEY, meeting_id TEXT NOT NULL, item_id TEXT NOT NULL, item_label TEXT NOT NULL, committee_id TEXT NOT NULL, date TEXT NOT NULL,
    title_length INTEGER NOT NULL, case_length INTEGER NOT NULL, text_length INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS docs_by_meeting ON docs(meeting_id);
  CREATE TABLE IF NOT EXISTS words(word TEXT PRIMARY KEY) WITHOUT ROWID;
  CREATE VIRTUAL TABLE IF NOT EXISTS items USING fts5(title, case_number, text, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3 4', detail = none);
  CREATE VIRTUAL TABLE IF NOT EXISTS titles USING fts5(title, case_number, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3 4', detail = none);
`;

/**
 * The full-text index of every agenda item, in SQLite FTS5 on disk: derived
 * from the meeting files and never their source of truth. Each meeting's file
 * stamp (size, modification time, inode) is kept with its items, so a start
 * re-reads only the files that changed since, whoever changed them: a crash
 * between a save and its index update, another process, a restored backup.
 *
 * Rows are numbered by meeting date (days since 1970 in the high bits), so
 * "newest first" is the index's own order and costs nothing to follow.
 */
export class FtsIndex {
  readonly #db: SqlDatabase;
  readonly #path: string;
  readonly #fuzzy: FuzzyTerms;
  readonly #stmt: Record<'stamps' | 'setStamp' | 'dropStamp' | 'rowsOf' | 'dropDocs' | 'dropItem' | 'dropTitle' | 'addDoc' | 'addItem' | 'addTitle' | 'newest' | 'newestTitles' | 'count' | 'details' | 'detailsWithText' | 'texts' | 'stats' | 'setMeta' | 'addWord' | 'words', SqlStatement>;
  #seq: number;
  #stats: Stats | null = null;
  /** Document frequencies of the words typed lately: typing changes only the last word. Cleared by any write. */
  #frequencies = new Map<string, number>();

  private constructor(db: SqlDatabase, path: string) {
    this.#db = db;
    this.#path = path;
    const s = (sql: string) => db.prepare(sql);
    this.#stmt = {
      stamps: s('SELECT meeting_id, stamp FROM files'),
      setStamp: s('INSERT INTO files(meeting_id, stamp) VALUES (?, ?) ON CONFLICT(meeting_id) DO UPDATE SET stamp = excluded.stamp'),
      dropStamp: s('DELETE FROM files WHERE meeting_id = ?'),
      rowsOf: s('SELECT rowid FROM docs WHERE meeting_id = ?'),
      dropDocs: s('DELETE FROM docs WHERE meeting_id = ?'),
      dropItem: s('DELETE FROM items WHERE rowid = ?'),
      dropTitle: s('DELETE FROM titles WHERE rowid = ?'),
      addDoc: s('INSERT INTO docs(rowid, meeting_id, item_id, item_label, committee_id, date, title_length, case_length, text_length) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      addItem: s('INSERT INTO items(rowid, title, case_number, text) VALUES (?, ?, ?, ?)'),
      addTitle: s('INSERT INTO titles(rowid, title, case_number) VALUES (?, ?, ?)'),
      newest: s('SELECT rowid FROM items WHERE items MATCH ? ORDER BY rowid DESC LIMIT ?'),
      newestTitles: s('SELECT rowid FROM titles WHERE titles MATCH ? ORDER BY rowid DESC LIMIT ?'),
      count: s('SELECT count(*) AS n FROM (SELECT 1 FROM items WHERE items MATCH ? LIMIT ?)'),
      details: s(
        `SELECT d.rowid AS rowid, d.meeting_id, d.committee_id, d.date, d.item_id, d.item_label, i.title, i.case_number
         FROM docs d JOIN items i ON i.rowid = d.rowid WHERE d.rowid IN (SELECT value FROM json_each(?))`,
      ),
      detailsWithText: s(
        `SELECT d.rowid AS rowid, d.meeting_id, d.committee_id, d.date, d.item_id, d.item_label, i.title, i.case_number, i.text
         FROM docs d JOIN items i ON i.rowid = d.rowid WHERE d.rowid IN (SELECT value FROM json_each(?))`,
      ),
      texts: s('SELECT rowid, text FROM items WHERE rowid IN (SELECT value FROM json_each(?))'),
      stats: s('SELECT count(*) AS documents, avg(title_length) AS title, avg(case_length) AS caseNumber, avg(text_length) AS text FROM docs'),
      addWord: s('INSERT OR IGNORE INTO words(word) VALUES (?)'),
      words: s('SELECT word FROM words'),
      setMeta: s('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
    };
    const seq = Number((db.prepare("SELECT value FROM meta WHERE key = 'seq'").get() as { value?: string } | undefined)?.value ?? 0);
    // Nothing in the cache is trusted: a sequence that is not a whole number in range makes the file one to rebuild.
    if (!(Number.isSafeInteger(seq) && seq >= 0 && seq < 2 ** 32)) throw new Error(`search index: sequence ${String(seq)} out of range`);
    this.#seq = seq;
    this.#fuzzy = new FuzzyTerms(() => this.#vocabulary());
  }

  /**
   * Opens the index at `path`, or makes a new one: when there is none, when it
   * is of another version, or when it cannot be used as ours for any reason
   * (damaged, another program's database, a sequence out of range): it is
   * derived data, so it is thrown away and made again, once.
   */
  static async open(path: string): Promise<FtsIndex> {
    if (path === IN_MEMORY) return FtsIndex.#openAt(path)!;
    await mkdir(dirname(path), { recursive: true });
    try {
      const index = FtsIndex.#openAt(path);
      if (index) return index;
    } catch (error) {
      if (!existsSync(path)) throw error;
      console.error('[referent search] the index file cannot be used; it is built again', error);
    }
    await FtsIndex.remove(path);
    return FtsIndex.#openAt(path)!;
  }

  static #openAt(path: string): FtsIndex | null {
    const db = sqlite().open(path);
    try {
      db.exec(SCHEMA);
      const version = (db.prepare("SELECT value FROM meta WHERE key = 'version'").get() as { value?: string } | undefined)?.value;
      if (version === undefined) {
        db.prepare("INSERT INTO meta(key, value) VALUES ('version', ?)").run(String(INDEX_VERSION));
      } else if (version !== String(INDEX_VERSION)) {
        db.close();
        return null;
      }
      return new FtsIndex(db, path);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Deletes an index file and SQLite's journal beside it. */
  static async remove(path: string): Promise<void> {
    if (path === IN_MEMORY) return;
    await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(path + suffix, { force: true })));
  }

  get path(): string {
    return this.#path;
  }

  close(): void {
    this.#db.close();
  }

  /**
   * Brings the index in step with the meeting files: reads every file whose
   * stamp differs from the one indexed (or that is new), drops meetings whose
   * file is gone. `between` runs between batches, so the worker can answer
   * in between if it wants to.
   */
  async reconcile(meetingsDir: string, between: () => Promise<void> = async () => undefined): Promise<ReconcileResult> {
    const names = await readdir(meetingsDir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    const ids = names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).map((n) => n.slice(0, -'.json'.length));
    const indexed = new Map((this.#stmt.stamps.all() as { meeting_id: string; stamp: string }[]).map((r) => [r.meeting_id, r.stamp]));
    const present = new Set(ids);
    const gone = [...indexed.keys()].filter((id) => !present.has(id));
    if (gone.length > 0) transaction(this.#db, () => gone.forEach((id) => this.#drop(id)));

    const stale: string[] = [];
    for (let i = 0; i < ids.length; i += 64) {
      const batch = ids.slice(i, i + 64);
      const stamps = await Promise.all(batch.map((id) => fileStamp(join(meetingsDir, `${id}.json`))));
      batch.forEach((id, k) => {
        if (stamps[k] !== indexed.get(id)) stale.push(id);
      });
    }
    for (let i = 0; i < stale.length; i += BATCH) {
      await this.#indexFiles(meetingsDir, stale.slice(i, i + BATCH));
      await between();
    }
    if (stale.length >= OPTIMIZE_AFTER) this.#db.exec("INSERT INTO items(items) VALUES ('optimize'); INSERT INTO titles(titles) VALUES ('optimize');")
    return { indexed: stale.length, removed: gone.length, unchanged: ids.length - stale.length };
  }

  /** Re-reads one meeting's file (after a save) and indexes it, or drops it when the file is gone. */
  async update(meetingsDir: string, meetingId: string): Promise<void> {
    await this.#indexFiles(meetingsDir, [meetingId]);
  }

  remove(meetingId: string): void {
    this.#changed();
    transaction(this.#db, () => this.#drop(meetingId));
  }

  async #indexFiles(meetingsDir: string, ids: string[]): Promise<void> {
    this.#changed();
    const files = await Promise.all(ids.map((id) => readMeetingFile(join(meetingsDir, `${id}.json`), id)));
    const words = new Set<string>();
    for (const file of files) for (const doc of file?.docs ?? []) for (const word of queryTerms(`${doc.title} ${doc.caseNumber} ${doc.text}`)) if (kept(word)) words.add(word);
    transaction(this.#db, () => {
      ids.forEach((id, k) => {
        const file = files[k]!;
        this.#drop(id);
        if (file === null) return;
        for (const doc of file.docs) this.#add(doc);
        this.#stmt.setStamp.run(id, file.stamp);
      });
      for (const word of words) this.#stmt.addWord.run(word);
      this.#stmt.setMeta.run('seq', String(this.#seq));
    });
    this.#fuzzy.add(words);
  }

  #changed(): void {
    this.#stats = null;
    this.#frequencies.clear();
  }

  #add(doc: ItemDoc): void {
    this.#seq = (this.#seq + 1) % 2 ** 32;
    const rowid = daysSinceEpoch(doc.date) * 2 ** 32 + this.#seq;
    this.#stmt.addDoc.run(rowid, doc.meetingId, doc.itemId, doc.itemLabel, doc.committeeId, doc.date, doc.title.length, doc.caseNumber.length, doc.text.length);
    this.#stmt.addItem.run(rowid, doc.title, doc.caseNumber, doc.text);
    this.#stmt.addTitle.run(rowid, doc.title, doc.caseNumber);
  }

  #drop(meetingId: string): void {
    for (const { rowid } of this.#stmt.rowsOf.all(meetingId) as { rowid: number }[]) {
      this.#stmt.dropItem.run(rowid);
      this.#stmt.dropTitle.run(rowid);
    }
    this.#stmt.dropDocs.run(meetingId);
    this.#stmt.dropStamp.run(meetingId);
  }

  *#vocabulary(): Iterable<string> {
    for (const row of this.#stmt.words.all() as { word: string }[]) yield row.word;
  }

  /**
   * Every item having all the words (each as typed so far, so as a prefix),
   * best first (rankItems.ts). A broad query (more than a few hundred items)
   * ranks the newest items with the words in the title or case number, and
   * the newest with them anywhere, rather than the whole archive on every
   * keystroke. When fewer than `limit` items have the words as typed, words
   * of five letters or more are also looked up as their near spellings, and
   * those hits follow.
   */
  query(text: string, limit: number): IndexedHit[] {
    const terms = queryTerms(text);
    if (terms.length === 0) return [];
    const typed: TermAlternatives[] = terms.map((term) => ({ term, prefix: true, variants: [] }));
    const found = this.#search(typed, limit, new Set());
    const snippetTerms = [...terms];
    if (found.length < limit) {
      const variants = terms.map((term) => this.#fuzzy.variants(term));
      if (variants.some((v) => v.length > 0)) {
        const fuzzy = typed.map((t, i) => ({ ...t, variants: variants[i]!.map((v) => v.word) }));
        const floor = found.at(-1)?.score ?? Infinity;
        const more = this.#search(fuzzy, limit - found.length, new Set(found.map((f) => f.detail.rowid)), variants);
        // Spelling variants follow the words as typed, whatever their own score.
        found.push(...more.map((m) => ({ ...m, score: Math.min(m.score, floor * 0.99) })));
        snippetTerms.push(...variants.flat().map((v) => v.word));
      }
    }
    const missing = found.filter((f) => f.detail.text === undefined).map((f) => f.detail.rowid);
    const texts = new Map(missing.length > 0 ? (this.#stmt.texts.all(JSON.stringify(missing)) as { rowid: number; text: string }[]).map((r) => [r.rowid, r.text]) : []);
    return found.map(({ detail: d, score }) => ({
      meetingId: d.meeting_id,
      committeeId: d.committee_id,
      date: d.date,
      itemId: d.item_id,
      itemLabel: d.item_label,
      title: d.title,
      caseNumber: d.case_number,
      snippet: snippet(d.text ?? texts.get(d.rowid) ?? '', snippetTerms),
      score,
    }));
  }

  /**
   * The best `limit` items matching every word. When enough items have the
   * words in the title or case number, the newest TITLE_WINDOW of those are
   * ranked on those fields (a title hit outranks a text hit anyway, and the
   * small title index answers a few typed letters at once). Otherwise every
   * match is ranked on every field when there are up to RANK_ALL_UP_TO, and
   * else the title matches with the NEWEST_WINDOW newest matches anywhere.
   */
  #search(terms: TermAlternatives[], limit: number, exclude: Set<number>, variants?: { word: string; distance: number }[][]): Scored[] {
    const expression = matchExpression(terms);
    const newest = (statement: SqlStatement, n: number) => (statement.all(expression, n) as { rowid: number }[]).map((r) => r.rowid).filter((r) => !exclude.has(r));
    let rowids = newest(this.#stmt.newestTitles, TITLE_WINDOW);
    const withText = rowids.length < limit;
    if (withText) {
      const anywhere = newest(this.#stmt.newest, RANK_ALL_UP_TO + 1);
      rowids = anywhere.length <= RANK_ALL_UP_TO ? anywhere : [...new Set([...rowids, ...anywhere.slice(0, NEWEST_WINDOW)])];
    }
    if (rowids.length === 0) return [];
    const stats = this.#statistics();
    const words: QueryWord[] = terms.map((t, i) => ({
      term: t.term,
      variants: variants?.[i] ?? [],
      // With one word its weight is the same for every item: no need to count.
      idf: terms.length === 1 ? 1 : inverseDocumentFrequency(stats.documents, this.#frequency(matchExpression([t]))),
    }));
    const details = (withText ? this.#stmt.detailsWithText : this.#stmt.details).all(JSON.stringify(rowids)) as Detail[];
    return details
      .map((detail) => ({ detail, score: scoreItem({ title: detail.title, caseNumber: detail.case_number, text: detail.text ?? '' }, words, stats.averages) }))
      .sort((a, b) => b.score - a.score || b.detail.rowid - a.detail.rowid)
      .slice(0, limit);
  }

  /** How many items have the word, counted up to COUNT_UP_TO. */
  #frequency(expression: string): number {
    let n = this.#frequencies.get(expression);
    if (n === undefined) {
      n = (this.#stmt.count.get(expression, COUNT_UP_TO) as { n: number }).n;
      if (this.#frequencies.size > 500) this.#frequencies.clear();
      this.#frequencies.set(expression, n);
    }
    return n;
  }

  #statistics(): Stats {
    if (!this.#stats) {
      const row = this.#stmt.stats.get() as { documents: number; title: number | null; caseNumber: number | null; text: number | null };
      this.#stats = { documents: row.documents, averages: { title: row.title ?? 1, caseNumber: row.caseNumber ?? 1, text: row.text ?? 1 } };
    }
    return this.#stats;
  }
}

/**
 * The day part of a row id (day × 2^32 + sequence, so rows sort by date). Capped
 * where the product would pass 2^53 (the year 7711): a date typed as 9999 would
 * otherwise make two rows of one meeting the same number, and the insert of the
 * whole batch fail. Days beyond the cap share it and sort by sequence.
 */
const LAST_DAY = 2 ** 21 - 1;

function daysSinceEpoch(date: string): number {
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(time) && time > 0 ? Math.min(Math.floor(time / 86_400_000), LAST_DAY) : 0;
}

/**
 * Size, modification time and inode: a save renames a new file into place, so any save changes the stamp. A name in
 * the folder that cannot be read as a meeting (a link in a ring, a folder or a pipe named `x.json`, no permission)
 * gets a stamp saying so, is indexed as holding nothing, and never stops the rest from being searched: the store's
 * check tells the secretary about it.
 */
async function fileStamp(path: string): Promise<string | null> {
  try {
    return stampOf(await stat(path, { bigint: true }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return unreadable(error);
  }
}

type FileStats = { size: bigint; mtimeNs: bigint; ino: bigint; isFile(): boolean };
const stampOf = (s: FileStats) => (s.isFile() ? `${s.size}:${s.mtimeNs}:${s.ino}` : 'not-a-file');
/**
 * Errors that say something about the name itself, which reading again will not change. Any other (too many open
 * files, a sync tool holding the file, an I/O error) is thrown: the meeting keeps the text it had in the index, and
 * the next refresh tries again.
 */
const ABOUT_THE_NAME = new Set(['ELOOP', 'EISDIR', 'EACCES', 'EPERM', 'ENXIO', 'ENOTDIR']);
const unreadable = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (!code || !ABOUT_THE_NAME.has(code)) throw error;
  return `unreadable:${code}`;
};

/** The file's items and the stamp of exactly the bytes read; null when the file is gone. */
async function readMeetingFile(path: string, meetingId: string): Promise<{ stamp: string; docs: ItemDoc[] } | null> {
  let handle;
  try {
    // Non-blocking: opening a pipe named like a meeting file would otherwise wait for a writer that never comes.
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { stamp: unreadable(error), docs: [] };
  }
  try {
    const stamp = stampOf(await handle.stat({ bigint: true }));
    if (stamp === 'not-a-file') return { stamp, docs: [] };
    let text: string;
    try {
      text = await handle.readFile('utf8');
    } catch (error) {
      return { stamp: unreadable(error), docs: [] };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // A damaged file: the store moves it aside and restores a backup, which gets a new stamp.
      return { stamp, docs: [] };
    }
    const docs = meetingDocs(parsed);
    // Filed under the name, as the store files it (and refuses a file whose meeting says otherwise): a copy such as
    // `A-PC2.json` holding meeting A would otherwise put its text under A, where removing the copy never reaches it.
    return { stamp, docs: docs.some((doc) => doc.meetingId !== meetingId) ? [] : docs };
  } finally {
    await handle.close();
  }
}

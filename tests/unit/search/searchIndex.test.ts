import { cp, mkdir, readFile, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FtsIndex, INDEX_VERSION } from '../../../electron/core/search/ftsIndex.ts';
import { SEARCH_INDEX_FILE, SearchIndex } from '../../../electron/core/search/searchIndex.ts';
import { openApp } from '../../../electron/core/openApp.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import { tempDir } from '../helpers/tempDir.ts';

const HADERSLEV = 'haderslev-obu-2026-02-03';

async function seeded(): Promise<string> {
  const dir = await tempDir();
  await cp(join(process.cwd(), 'seeds'), dir, { recursive: true });
  return dir;
}

async function committees(dir: string): Promise<Committee[]> {
  return (JSON.parse(await readFile(join(dir, 'referent.json'), 'utf8')) as { committees: Committee[] }).committees;
}

/** What another program does to a meeting file: a new file renamed over the old one, as our own saves do. */
async function rewriteMeeting(dir: string, id: string, change: (meeting: { items: { title: string }[] }) => void): Promise<void> {
  const path = join(dir, 'meetings', `${id}.json`);
  const file = JSON.parse(await readFile(path, 'utf8')) as { meeting: { items: { title: string }[] } };
  change(file.meeting);
  await writeFile(`${path}.tmp`, JSON.stringify(file, null, 1));
  await rename(`${path}.tmp`, path);
}

const titles = async (index: FtsIndex, text: string) => index.query(text, 30).map((h) => h.title);

describe('the persisted search index', () => {
  it('is built once; a later start re-reads only the files that changed since', async () => {
    const dir = await seeded();
    const path = join(dir, SEARCH_INDEX_FILE);
    const first = await FtsIndex.open(path);
    expect(await first.reconcile(join(dir, 'meetings'))).toEqual({ indexed: 3, removed: 0, unchanged: 0 });
    first.close();

    const second = await FtsIndex.open(path);
    expect(await second.reconcile(join(dir, 'meetings'))).toEqual({ indexed: 0, removed: 0, unchanged: 3 });
    expect(await titles(second, 'kommissorier')).toEqual(['Kommissorier til budgetanalyser']);
    second.close();
  });

  it('catches up at the next start with a save it never heard of (a crash between the meeting save and the index update)', async () => {
    const dir = await seeded();
    const path = join(dir, SEARCH_INDEX_FILE);
    const index = await FtsIndex.open(path);
    await index.reconcile(join(dir, 'meetings'));
    index.close();
    // The meeting file is saved; the index is not told (the process died before it could be).
    await rewriteMeeting(dir, HADERSLEV, (m) => (m.items[3]!.title = 'Sommerfest for udvalget'));

    const reopened = await FtsIndex.open(path);
    expect(await reopened.reconcile(join(dir, 'meetings'))).toEqual({ indexed: 1, removed: 0, unchanged: 2 });
    expect(await titles(reopened, 'sommerfest')).toEqual(['Sommerfest for udvalget']);
    expect(await titles(reopened, 'kommissorier')).not.toContain('Kommissorier til budgetanalyser');
    reopened.close();
  });

  it('sees a meeting changed or removed by another process while it is current, once asked to look', async () => {
    const dir = await seeded();
    const search = new SearchIndex({ dataDir: dir, committees: () => [] });
    await search.ready();
    expect((await search.query('kommissorier')).map((h) => h.meetingId)).toEqual([HADERSLEV]);

    await rewriteMeeting(dir, HADERSLEV, (m) => (m.items[3]!.title = 'Vinterfest for udvalget'));
    await rm(join(dir, 'meetings', 'kalundborg-direktionen-2026-03-16.json'));
    search.refresh();
    expect((await search.query('vinterfest')).map((h) => h.title)).toEqual(['Vinterfest for udvalget']);
    expect(await search.query('transitionsorganisation')).toEqual([]);
    await search.close();
  });

  it('re-reads a saved meeting and drops a deleted one when told', async () => {
    const dir = await seeded();
    const search = new SearchIndex({ dataDir: dir, committees: () => [] });
    await search.ready();
    await rewriteMeeting(dir, HADERSLEV, (m) => (m.items[3]!.title = 'Høstfest for udvalget'));
    search.meetingSaved(HADERSLEV);
    expect((await search.query('høstfest')).map((h) => h.title)).toEqual(['Høstfest for udvalget']);
    await rm(join(dir, 'meetings', `${HADERSLEV}.json`));
    search.meetingDeleted(HADERSLEV);
    expect(await search.query('høstfest')).toEqual([]);
    await search.close();
  });

  it('throws away an index of another version and builds it again', async () => {
    const dir = await seeded();
    const path = join(dir, SEARCH_INDEX_FILE);
    const index = await FtsIndex.open(path);
    await index.reconcile(join(dir, 'meetings'));
    index.close();
    const Database = createRequire(import.meta.url)('better-sqlite3') as new (p: string) => { prepare(sql: string): { run(...a: unknown[]): void; get(): unknown }; close(): void };
    const db = new Database(path);
    db.prepare("UPDATE meta SET value = ? WHERE key = 'version'").run(String(INDEX_VERSION - 1));
    db.close();

    const rebuilt = await FtsIndex.open(path);
    expect(await rebuilt.reconcile(join(dir, 'meetings'))).toEqual({ indexed: 3, removed: 0, unchanged: 0 });
    expect(await titles(rebuilt, 'kommissorier')).toEqual(['Kommissorier til budgetanalyser']);
    rebuilt.close();
    const check = new Database(path);
    expect(check.prepare("SELECT value FROM meta WHERE key = 'version'").get()).toEqual({ value: String(INDEX_VERSION) });
    check.close();
  });

  it('builds a damaged index file again from the meeting files', async () => {
    const dir = await seeded();
    const path = join(dir, SEARCH_INDEX_FILE);
    const index = await FtsIndex.open(path);
    await index.reconcile(join(dir, 'meetings'));
    index.close();
    await writeFile(path, Buffer.alloc(8192, 0x5a));

    const names = await committees(dir);
    const search = new SearchIndex({ dataDir: dir, committees: () => names });
    await search.ready();
    expect((await search.query('kommissorier')).map((h) => h.title)).toEqual(['Kommissorier til budgetanalyser']);
    await search.close();
  });

  for (const [what, spoil] of [
    ["another program's SQLite database (its own `files` table)", "CREATE TABLE files(name TEXT); CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"],
    ['ours with a sequence out of range', "UPDATE meta SET value = '0.5' WHERE key = 'seq'"],
  ] as const) {
    it(`builds an index file again that is ${what}`, async () => {
      const dir = await seeded();
      const path = join(dir, SEARCH_INDEX_FILE);
      if (what.startsWith('ours')) {
        const index = await FtsIndex.open(path);
        await index.reconcile(join(dir, 'meetings'));
        index.close();
      } else {
        await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, 'cache'), { recursive: true }));
      }
      const Database = createRequire(import.meta.url)('better-sqlite3') as new (p: string) => { exec(sql: string): void; close(): void };
      const db = new Database(path);
      db.exec(spoil);
      db.close();

      // A meeting changed meanwhile, so the start indexes it again (with a sequence of 0.5, the insert would fail).
      await rewriteMeeting(dir, HADERSLEV, (m) => void (m.items.find((i) => i.title === 'Kommissorier til budgetanalyser')!.title = 'Kommissorier til budgetanalyser 2027'));
      const names = await committees(dir);
      const search = new SearchIndex({ dataDir: dir, committees: () => names });
      await search.ready();
      expect((await search.query('kommissorier')).map((h) => h.title)).toEqual(['Kommissorier til budgetanalyser 2027']);
      await search.close();
    });
  }

  it('indexes a meeting dated in the year 9999 (a typo the schema lets through) without failing the rest', async () => {
    const dir = await seeded();
    const path = join(dir, 'meetings', `${HADERSLEV}.json`);
    const file = JSON.parse(await readFile(path, 'utf8')) as { meeting: { date: string } };
    file.meeting.date = '9999-02-03';
    await writeFile(path, JSON.stringify(file, null, 1));
    const index = await FtsIndex.open(join(dir, SEARCH_INDEX_FILE));
    expect(await index.reconcile(join(dir, 'meetings'))).toEqual({ indexed: 3, removed: 0, unchanged: 0 });
    expect(await titles(index, 'kommissorier')).toEqual(['Kommissorier til budgetanalyser']);
    expect((await titles(index, 'direktionen')).length).toBeGreaterThan(0);
    index.close();
  });

  it('does not index a meeting file whose meeting says another id (a sync conflict copy), under either name', async () => {
    const dir = await seeded();
    const file = JSON.parse(await readFile(join(dir, 'meetings', `${HADERSLEV}.json`), 'utf8')) as { meeting: { items: { title: string }[] } };
    file.meeting.items[0]!.title = 'Sommerfest for udvalget';
    const index = await FtsIndex.open(join(dir, SEARCH_INDEX_FILE));
    await index.reconcile(join(dir, 'meetings'));
    // The copy arrives after the index was built, so the original is not read again beside it.
    await writeFile(join(dir, 'meetings', `${HADERSLEV}-PC2.json`), JSON.stringify(file, null, 1));
    expect(await index.reconcile(join(dir, 'meetings'))).toEqual({ indexed: 1, removed: 0, unchanged: 3 });
    expect(await titles(index, 'sommerfest')).toEqual([]);
    expect(await titles(index, 'kommissorier')).toEqual(['Kommissorier til budgetanalyser']);
    index.close();
  });

  it('skips a meeting file that is not JSON and indexes the rest', async () => {
    const dir = await seeded();
    await writeFile(join(dir, 'meetings', 'beskadiget.json'), '{"meeting": {"id": "besk');
    const index = await FtsIndex.open(join(dir, SEARCH_INDEX_FILE));
    expect(await index.reconcile(join(dir, 'meetings'))).toEqual({ indexed: 4, removed: 0, unchanged: 0 });
    expect(await titles(index, 'kommissorier')).toEqual(['Kommissorier til budgetanalyser']);
    index.close();
  });

  it('indexes the rest past names it cannot read as a file (a link in a ring, a folder, a pipe), and does not re-read them each time', async () => {
    const dir = await seeded();
    const meetings = join(dir, 'meetings');
    await symlink('ring.json', join(meetings, 'ring.json'));
    await mkdir(join(meetings, 'mappe.json'));
    // A pipe would make a plain open wait for a writer for ever, holding the search thread.
    if (process.platform !== 'win32') execFileSync('mkfifo', [join(meetings, 'roer.json')]);
    const extra = process.platform !== 'win32' ? 3 : 2;
    const index = await FtsIndex.open(join(dir, SEARCH_INDEX_FILE));
    expect(await index.reconcile(meetings)).toEqual({ indexed: 3 + extra, removed: 0, unchanged: 0 });
    expect(await titles(index, 'kommissorier')).toEqual(['Kommissorier til budgetanalyser']);
    expect(await index.reconcile(meetings)).toEqual({ indexed: 0, removed: 0, unchanged: 3 + extra });
    index.close();
  });

  it('keeps the index of a read-only data directory outside it', async () => {
    const dir = await seeded();
    const search = new SearchIndex({ dataDir: dir, readOnly: true, committees: () => [] });
    expect((await search.query('kommissorier')).map((h) => h.title)).toEqual(['Kommissorier til budgetanalyser']);
    await search.close();
    expect(await readdir(dir)).toEqual(['meetings', 'referent.json']);
  });

  it('answers in Danish, and keeps the app going, when its worker cannot start', async () => {
    const dir = await seeded();
    const search = new SearchIndex({ dataDir: dir, committees: () => [], entry: () => join(dir, 'findes-ikke.cjs') });
    const error = await search.query('kommissorier').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferentError);
    expect((error as Error).message).toMatch(/^Søgningen virker ikke lige nu/);
    await search.close();
  });
});

describe('search in the running app', () => {
  it('searches from an index in memory when cache/ cannot hold one (a file named cache)', async () => {
    const dir = await seeded();
    await writeFile(join(dir, 'cache'), 'ikke en mappe');
    const app = await openApp(dir);
    expect((await app.service['search.query']({ text: 'kommissorier' })).map((h) => h.title)).toEqual(['Kommissorier til budgetanalyser']);
    const meeting = app.store.meeting('albertslund-chefforum-2026-01-28')!;
    const item = meeting.items[7]!;
    await app.service['items.setSection']({ meetingId: meeting.id, itemId: item.id, sectionId: item.sections[0]!.id, body: docFromParagraphs('Planlægning af sommerfest.') });
    expect((await app.service['search.query']({ text: 'sommerfest' })).map((h) => h.itemId)).toEqual([item.id]);
    await app.close();
    // The stray file is left as it was: it is not ours to remove.
    expect(await readFile(join(dir, 'cache'), 'utf8')).toBe('ikke en mappe');
  });

  it('keeps its index in cache/ of the data directory, follows saves, and rebuilds nothing on restart', async () => {
    const dir = await seeded();
    const app = await openApp(dir);
    const meeting = app.store.meeting('albertslund-chefforum-2026-01-28')!;
    const item = meeting.items[7]!;
    expect(await app.service['search.query']({ text: 'sommerfest' })).toEqual([]);
    await app.service['items.setSection']({ meetingId: meeting.id, itemId: item.id, sectionId: item.sections[0]!.id, body: docFromParagraphs('Planlægning af sommerfest.') });
    expect((await app.service['search.query']({ text: 'sommerfest' })).map((h) => h.itemId)).toEqual([item.id]);
    await app.close();
    expect(existsSync(join(dir, SEARCH_INDEX_FILE))).toBe(true);

    const again = await FtsIndex.open(join(dir, SEARCH_INDEX_FILE));
    expect(await again.reconcile(join(dir, 'meetings'))).toEqual({ indexed: 0, removed: 0, unchanged: 3 });
    again.close();
  });
});

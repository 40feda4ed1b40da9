import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloneMeeting, meetingDate, seedVocabulary, type SeedFile } from './realisticMeeting.ts';

const SEEDS = join(process.cwd(), 'seeds');
const CACHE = join(tmpdir(), 'referent-bench-stores');

export type BenchStore = { count: number; dir: string; bytes: number; meetingIds: string[] };

/** Derived files a run makes (search index, backups, lock): never part of the pristine store. */
const NOT_COPIED = new Set(['backups', 'cache', 'referent.lock', 'karantaene']);

async function seedFiles(): Promise<SeedFile[]> {
  const names = (await readdir(join(SEEDS, 'meetings'))).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(names.map(async (n) => JSON.parse(await readFile(join(SEEDS, 'meetings', n), 'utf8')) as SeedFile));
}

/** Raise when the layout of the cached stores changes (the clone itself is keyed by its source). */
const LAYOUT_VERSION = 1;

/** The cache key: the seeds and the generator's source, so a change to either makes new stores. */
async function cacheKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of [join(SEEDS, 'referent.json'), ...(await readdir(join(SEEDS, 'meetings'))).sort().map((n) => join(SEEDS, 'meetings', n))]) hash.update(await readFile(file));
  hash.update(await readFile(new URL('./realisticMeeting.ts', import.meta.url)));
  hash.update(String(LAYOUT_VERSION));
  return hash.digest('hex').slice(0, 12);
}

/**
 * The pristine store of `count` meetings, generated once and kept under the
 * temp folder (about 63 KB a meeting: 5,000 meetings are some 320 MB).
 * `prime` opens it once as the app would, so derived files the store keeps
 * (a summary index, say) exist as they would on a user's machine.
 */
export async function pristineStore(count: number, prime: (dir: string) => Promise<void>): Promise<string> {
  const dir = join(CACHE, `${await cacheKey()}-${count}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  await mkdir(CACHE, { recursive: true });
  const partial = await mkdtemp(join(CACHE, `partial-${count}-`));
  const seeds = await seedFiles();
  const vocabulary = seedVocabulary(seeds);
  await mkdir(join(partial, 'meetings'));
  await copyFile(join(SEEDS, 'referent.json'), join(partial, 'referent.json'));
  for (let i = 0; i < count; i += 1) {
    const file = cloneMeeting(seeds[i % seeds.length]!, vocabulary, i, meetingDate(i, count));
    await writeFile(join(partial, 'meetings', `${file.meeting.id}.json`), JSON.stringify(file, null, 1) + '\n');
  }
  await prime(partial);
  for (const name of NOT_COPIED) await rm(join(partial, name), { recursive: true, force: true });
  await writeFile(join(partial, '.complete'), new Date().toISOString());
  await rm(dir, { recursive: true, force: true });
  await rename(partial, dir);
  return dir;
}

/**
 * A fresh data directory with the pristine store's content: meeting files are
 * hard links (the store replaces a file by renaming a new one over it, so the
 * pristine copy is never written), every other file a real copy.
 */
export async function workingCopy(pristine: string, count: number): Promise<BenchStore> {
  const dir = await mkdtemp(join(tmpdir(), `referent-bench-${count}-`));
  let bytes = 0;
  const meetingIds: string[] = [];
  const copyTree = async (from: string, to: string, linkFiles: boolean) => {
    for (const entry of await readdir(from, { withFileTypes: true })) {
      if (NOT_COPIED.has(entry.name) || entry.name === '.complete') continue;
      const [src, dst] = [join(from, entry.name), join(to, entry.name)];
      if (entry.isDirectory()) {
        await mkdir(dst);
        await copyTree(src, dst, entry.name === 'meetings');
        continue;
      }
      if (linkFiles) {
        await link(src, dst).catch(() => copyFile(src, dst));
        bytes += (await stat(src)).size;
        meetingIds.push(entry.name.replace(/\.json$/, ''));
      } else await copyFile(src, dst);
    }
  };
  await copyTree(pristine, dir, false);
  return { count, dir, bytes, meetingIds: meetingIds.sort() };
}

export async function removeStore(store: BenchStore): Promise<void> {
  await rm(store.dir, { recursive: true, force: true });
}

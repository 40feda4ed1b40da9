import { mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Seeds } from './buildSeeds.ts';

export const SEED_ROOT_FILE = 'referent.json';
export const SEED_MEETINGS_DIR = 'meetings';

/** The store's own file format: one-space indented JSON and a final newline. */
export function storeJson(value: unknown): string {
  return JSON.stringify(value, null, 1) + '\n';
}

/**
 * Writes `seeds` into `dir` as a data directory (`referent.json`, `meetings/<id>.json`)
 * and removes meeting files that are no longer generated. Returns the written paths, relative to `dir`.
 */
export async function writeSeeds(dir: string, seeds: Seeds): Promise<string[]> {
  const meetingsDir = join(dir, SEED_MEETINGS_DIR);
  await mkdir(meetingsDir, { recursive: true });
  const written: string[] = [];
  const wanted = new Set<string>();
  for (const file of seeds.meetings) {
    const name = `${file.meeting.id}.json`;
    wanted.add(name);
    await writeFile(join(meetingsDir, name), storeJson(file));
    written.push(`${SEED_MEETINGS_DIR}/${name}`);
  }
  for (const name of await readdir(meetingsDir)) {
    if (name.endsWith('.json') && !wanted.has(name)) await unlink(join(meetingsDir, name));
  }
  await writeFile(join(dir, SEED_ROOT_FILE), storeJson(seeds.root));
  written.push(SEED_ROOT_FILE);
  return written;
}

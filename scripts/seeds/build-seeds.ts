/**
 * `npm run seeds [-- <dir>]`: regenerates seeds/ (or <dir>) from the protocols authored in
 * scripts/seeds/. Deterministic: fixed ids and timestamps, same bytes on every run.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSeeds } from './buildSeeds.ts';
import { writeSeeds } from './writeSeeds.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const outDir = resolve(process.argv[2] ?? resolve(repoRoot, 'seeds'));

const seeds = buildSeeds();
const written = await writeSeeds(outDir, seeds);
const items = seeds.meetings.reduce((n, f) => n + f.meeting.items.length, 0);
console.log(`seeds: ${seeds.root.committees.length} udvalg, ${seeds.meetings.length} møder, ${items} punkter → ${outDir}`);
for (const path of written) console.log(`  ${path}`);

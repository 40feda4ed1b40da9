/**
 * Store figures for large archives, each in a fresh process as a secretary
 * starts the app, side by side in one run (the machine is shared: compare only
 * figures from the same run):
 *
 *   npx tsx tests/bench/storeScale.ts [WORKDIR] [COUNTS=10,5000]
 *
 * - open: from process start to the answer of `meetings.list` (openApp + the
 *   service, as the browser host and Electron do), and openApp alone;
 * - RSS after that answer, and after reading one meeting;
 * - save: one `items.setSection` edit against a plain write + fsync + rename +
 *   directory fsync of the same meeting file's bytes (medians of 40);
 * - the CLI's `list --json`, wall time of the whole process.
 *
 * Stores are generated once per WORKDIR by realisticStore.ts (~63 KB a meeting).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { writeRealisticStore } from './realisticStore.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '..', '..');
const child = join(here, 'storeScaleChild.ts');

const workdir = process.argv[2] ?? '/tmp/referent-scale';
const counts = (process.argv[3] ?? '10,5000').split(',').map(Number);

function run(args: string[]): Record<string, number> {
  const result = spawnSync(process.execPath, ['--import', 'tsx', child, ...args], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`child failed: ${result.stderr}`);
  const line = result.stdout.trim().split('\n').at(-1)!;
  return JSON.parse(line) as Record<string, number>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: [string, string][] = [];

for (const count of counts) {
  const dir = join(workdir, `s${count}`);
  if (!existsSync(join(dir, 'meetings'))) {
    const t0 = performance.now();
    await writeRealisticStore(dir, count);
    rows.push([`${count}: generated`, `${(performance.now() - t0).toFixed(0)} ms`]);
  }
  // The first open after generating may rebuild derived files and make the day's backup: not what is measured.
  const first = run(['open', dir]);
  rows.push([`${count}: first open (index build, daily backup)`, `${first.sinceStart!.toFixed(0)} ms to list`]);
  const opens = [0, 1, 2].map(() => run(['open', dir]));
  rows.push([`${count}: process start → meetings.list answered (median of 3)`, `${median(opens.map((o) => o.sinceStart!)).toFixed(0)} ms`]);
  rows.push([`${count}: openApp alone (median of 3)`, `${median(opens.map((o) => o.openMs!)).toFixed(0)} ms`]);
  rows.push([`${count}: node + imports before openApp (median of 3)`, `${median(opens.map((o) => o.importsDone!)).toFixed(0)} ms`]);
  rows.push([`${count}: RSS after list / after opening one meeting`, `${median(opens.map((o) => o.rssList!)).toFixed(0)} / ${median(opens.map((o) => o.rssMeeting!)).toFixed(0)} MB`]);
  const save = run(['save', dir]);
  rows.push([`${count}: save one edit (median of 40)`, `${save.saveMs!.toFixed(2)} ms`]);
  rows.push([`${count}: plain write+fsync+rename+dir fsync of the same ${(save.bytes! / 1024).toFixed(0)} KB (median of 40)`, `${save.plainMs!.toFixed(2)} ms  → ratio ${(save.saveMs! / save.plainMs!).toFixed(2)}`]);
  const cli: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const t0 = performance.now();
    execFileSync(process.execPath, [join(repo, 'bin', 'referent.mjs'), 'list', '--data', dir, '--json'], { cwd: repo, maxBuffer: 1 << 28 });
    cli.push(performance.now() - t0);
  }
  rows.push([`${count}: referent list --json, whole process (median of 3)`, `${median(cli).toFixed(0)} ms`]);
  const nodeOnly: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const t0 = performance.now();
    execFileSync(process.execPath, ['-e', '0']);
    nodeOnly.push(performance.now() - t0);
  }
  rows.push([`${count}: node -e 0 (reference, median of 3)`, `${median(nodeOnly).toFixed(0)} ms`]);
}

const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);

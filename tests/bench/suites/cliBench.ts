import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../../electron/core/openApp.ts';
import { fixtureCommittee } from '../../fixtures/export/referatFixture.ts';
import { largeMeeting } from '../../fixtures/export/largeMeeting.ts';
import { markdownOf } from '../markdownOf.ts';
import { nodeE0, referent, timeCommand } from '../runners/commands.ts';

/** Node, docx and a one-paragraph document: what any cold export through docx costs before its content. */
const DOCX_FLOOR = join(process.cwd(), 'tests', 'bench', 'runners', 'docxFloor.mjs');
import { median } from '../stats.ts';
import type { BenchStore } from '../stores/benchStores.ts';

async function medianOf(runs: number, fn: () => Promise<{ ms: number }>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push((await fn()).ms);
  return median(times);
}

/** `referent list --json` from process start to its end, at two store sizes in turns (so a drifting load hits both alike). */
export async function cliList(small: BenchStore, large: BenchStore, runs: number): Promise<{ small: number; large: number }> {
  const times = { small: [] as number[], large: [] as number[] };
  for (let i = 0; i < runs; i += 1) {
    times.small.push((await referent('list', '--data', small.dir, '--json')).ms);
    times.large.push((await referent('list', '--data', large.dir, '--json')).ms);
  }
  return { small: median(times.small), large: median(times.large) };
}

/** The reference for opening: one bare node process reading and parsing every meeting file. */
export function readAllFiles(store: BenchStore, runs: number): Promise<number> {
  const script = `const fs=require('fs'),p=require('path');const d=p.join(${JSON.stringify(store.dir)},'meetings');let n=0;for(const f of fs.readdirSync(d))if(f.endsWith('.json')){JSON.parse(fs.readFileSync(p.join(d,f),'utf8'));n++}`;
  return medianOf(runs, () => timeCommand(process.execPath, ['-e', script]));
}

/** `referent --help` against `node -e 0`, in turns. */
export async function helpVsNode(runs: number): Promise<{ helpMs: number; nodeMs: number }> {
  const help: number[] = [];
  const bare: number[] = [];
  await referent('--help');
  for (let i = 0; i < runs; i += 1) {
    help.push((await referent('--help')).ms);
    bare.push((await nodeE0()).ms);
  }
  return { helpMs: median(help), nodeMs: median(bare) };
}

/**
 * A cold `referent export` of a 30-item meeting (its own store, one meeting)
 * against a cold pandoc converting the same content from Markdown, in turns.
 */
export async function coldExport(runs: number, pandoc: boolean): Promise<{ exportMs: number; pandocMs: number; floorMs: number; items: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'referent-bench-cold-'));
  const meeting = largeMeeting(30);
  const app = await openApp(join(dir, 'data'));
  await app.store.putCommittee(fixtureCommittee());
  await app.store.putMeeting(meeting);
  await app.close();
  const md = join(dir, 'referat.md');
  await writeFile(md, markdownOf(meeting));
  const ours: number[] = [];
  const theirs: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    ours.push((await referent('export', '--data', join(dir, 'data'), '--meeting', meeting.id, '-o', join(dir, 'ours.docx'))).ms);
    if (pandoc) theirs.push((await timeCommand('pandoc', [md, '-o', join(dir, 'pandoc.docx')])).ms);
    floor.push((await timeCommand(process.execPath, [DOCX_FLOOR, join(dir, 'floor.docx')])).ms);
  }
  await rm(dir, { recursive: true, force: true });
  return { exportMs: median(ours), pandocMs: pandoc ? median(theirs) : NaN, floorMs: median(floor), items: meeting.items.length };
}

export function pandocVersion(): string {
  try {
    return execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? '';
  } catch {
    return '';
  }
}

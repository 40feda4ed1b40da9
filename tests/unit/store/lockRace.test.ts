import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir.ts';

const CONTENDERS = 100;
let bundle = '';

/** The contender bundled to one plain script, so a hundred Node processes start fast enough to really race. */
beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'referent-lockrace-'));
  bundle = join(out, 'contender.mjs');
  await build({ entryPoints: [join(process.cwd(), 'tests/unit/store/support/lockContender.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: bundle, logLevel: 'silent' });
});

type Contender = { child: ChildProcessWithoutNullStreams; lines: string[]; waiters: ((line: string) => void)[] };

function start(dir: string): Contender {
  const child = spawn(process.execPath, [bundle, dir], { stdio: 'pipe' });
  const contender: Contender = { child, lines: [], waiters: [] };
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      const waiter = contender.waiters.shift();
      if (waiter) waiter(line);
      else contender.lines.push(line);
    }
  });
  return contender;
}

function next(c: Contender): Promise<string> {
  const line = c.lines.shift();
  if (line !== undefined) return Promise.resolve(line);
  return new Promise((resolve, reject) => {
    c.waiters.push(resolve);
    c.child.once('exit', (code) => reject(new Error(`contender exited (${code})`)));
  });
}

const exited = (c: Contender) => (c.child.exitCode !== null ? Promise.resolve() : new Promise<void>((resolve) => c.child.once('exit', () => resolve())));

/** Every contender, loaded and waiting, gets `go` at once; each answers won or refused. */
async function race(all: Contender[]): Promise<{ winners: Contender[]; refusals: string[] }> {
  for (const c of all) c.child.stdin.write('go\n');
  const answers = await Promise.all(all.map(next));
  return { winners: all.filter((_, i) => answers[i] === 'won'), refusals: answers.filter((a) => a !== 'won') };
}

async function ready(contenders: Contender[]): Promise<void> {
  expect(await Promise.all(contenders.map(next))).toEqual(Array(contenders.length).fill('ready'));
}

describe(`the store lock: ${CONTENDERS} simultaneous starts on one folder`, () => {
  it('exactly one takes it, every time: empty folder, after a clean release, after a crash, over a garbled lock file and over an older version’s stale lock', async () => {
    const dir = await tempDir();
    // Started once and kept: a hundred Node processes take long to start on a busy machine; the rounds reuse them.
    const all = Array.from({ length: CONTENDERS }, () => start(dir));
    await ready(all);
    const rounds: { name: string; winners: number }[] = [];
    const round = async (name: string, after: 'release' | 'kill' = 'release') => {
      const { winners, refusals } = await race(all);
      rounds.push({ name, winners: winners.length });
      expect(winners, name).toHaveLength(1);
      for (const r of refusals) expect(r, name).toMatch(/^refused (Datamappen er i brug af et andet Referent-vindue|Datamappen kunne ikke låses)/);
      const winner = winners[0]!;
      if (after === 'kill') {
        // A real crash: the holder dies without letting go, and a fresh process takes its place in the next round.
        winner.child.kill('SIGKILL');
        await exited(winner);
        const fresh = start(dir);
        await ready([fresh]);
        all[all.indexOf(winner)] = fresh;
      } else {
        winner.child.stdin.write('release\n');
        expect(await next(winner)).toBe('released');
      }
    };

    try {
      await round('tom mappe');
      await round('efter frigivelse', 'kill');
      await round('efter et nedbrud');
      const gens = (await readdir(dir)).filter((n) => n.startsWith('referent.lock.'));
      expect(gens).toHaveLength(1);
      await writeFile(join(dir, gens[0]!), '\u0000\u0000{garbled');
      await round('forvansket låsefil');
      await writeFile(join(dir, 'referent.lock'), JSON.stringify({ token: 'gammel', pid: 2 ** 22 + 7, host: hostname(), since: '2026-01-01T00:00:00Z' }));
      await round('forældet lås fra en ældre version');
    } finally {
      for (const c of all) c.child.stdin.write('exit\n');
      await Promise.all(all.map(exited));
    }
    expect(rounds.map((r) => r.winners)).toEqual([1, 1, 1, 1, 1]);
    console.log(`lock race: ${rounds.length} rounds of ${CONTENDERS} simultaneous starts, writers per round: ${rounds.map((r) => r.winners).join(', ')}`);
    // Generations only grow, and only the newest is left.
    const left = (await readdir(dir)).filter((n) => n.startsWith('referent.lock'));
    expect(left).toHaveLength(1);
    expect(JSON.parse(await readFile(join(dir, left[0]!), 'utf8')).released).toBe(true);
  }, 600_000);
});

import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';
import { useTestCouch } from '../helpers/couchServer.ts';
import { openApp } from '../../../electron/core/openApp.ts';
import { runCli } from '../../../electron/cli/referent.ts';
import { comparable, machine } from './syncHelpers.ts';

const KILLS = Number(process.env.SYNC_KILLS ?? 50);
const MEETINGS = 12;
const couch = useTestCouch();

/**
 * `referent sync` on B's data directory in a child process. Most of a run is
 * starting Node and tsx, so the clock starts when the child takes the store
 * lock (a new `referent.lock.<n>` appears): from there it opens the store and
 * syncs, and `killAfter` ms later it is killed unless it ended first.
 */
function cliSync(dir: string, killAfter: number | null, join: string[] = []): Promise<{ code: number | null; killed: boolean; ms: number }> {
  const locks = new Set(readdirSync(dir).filter((n) => n.startsWith('referent.lock.')));
  let locked = 0;
  let timer: NodeJS.Timeout | null = null;
  const child = spawn(process.execPath, ['bin/referent.mjs', 'sync', '--data', dir, '--remote', couch.url, ...join.flatMap((c) => ['--committee', c])], { stdio: 'ignore' });
  const poll = setInterval(() => {
    if (locked) return;
    if (readdirSync(dir).some((n) => n.startsWith('referent.lock.') && !locks.has(n))) {
      locked = Date.now();
      if (killAfter !== null) timer = setTimeout(() => child.kill('SIGKILL'), killAfter);
    }
  }, 2);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      resolve({ code, killed: signal === 'SIGKILL', ms: locked ? Date.now() - locked : 0 });
    });
  });
}

async function check(dir: string): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runCli(['check', '--data', dir], { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) });
  return { code, out: lines.join('\n') };
}

describe('sync: a machine killed mid-round', () => {
  it(`leaves both stores consistent and loses no acknowledged save (${KILLS} kills at random points)`, async () => {
    const a = await machine(await tempDir(), couch.url);
    const bDir = await tempDir();
    const expectedA: string[] = [];
    const expectedB: string[] = [];
    let kills = 0;
    let rounds = 0;
    try {
      const committee = await createCommittee(a.app.service);
      const meetings: string[] = [];
      for (let i = 0; i < MEETINGS; i++) {
        const m = await a.app.service['meetings.create']({ committeeId: committee.id, date: `2026-0${1 + (i % 9)}-1${i % 10}` });
        await a.app.service['items.add']({ meetingId: m.id, title: `Punkt ${i}` });
        meetings.push(m.id);
      }
      await a.sync([committee.id]);
      const first = await cliSync(bDir, null, [committee.id]);
      expect(first.code).toBe(0);
      // The kills are spread over opening the store and the round itself.
      let span = Math.max(first.ms, 50);

      while (kills < KILLS && rounds < KILLS * 3) {
        rounds++;
        // Acknowledged saves on both machines: each resolved before the round starts.
        for (let k = 0; k < 3; k++) {
          const mid = meetings[(rounds * 3 + k) % MEETINGS]!;
          const title = `A${rounds}.${k}`;
          await a.app.service['items.add']({ meetingId: mid, title });
          expectedA.push(title);
        }
        const b = await openApp(bDir, { background: false });
        try {
          for (let k = 0; k < 3; k++) {
            const mid = meetings[(rounds * 5 + k) % MEETINGS]!;
            if (!b.store.meeting(mid)) continue;
            const title = `B${rounds}.${k}`;
            await b.service['items.add']({ meetingId: mid, title });
            expectedB.push(title);
          }
        } finally {
          await b.close();
        }
        await a.sync();
        // Uniform over most of what a round takes now (from the store lock to the end); a run that ends first teaches the next.
        const run = await cliSync(bDir, Math.round(Math.random() * span * 0.9));
        if (run.killed) kills++;
        else span = run.ms;
      }
      // Reconnected for good: clean rounds until both agree.
      for (let i = 0; i < 3; i++) {
        expect((await cliSync(bDir, null)).code).toBe(0);
        await a.sync();
      }
      const b = await openApp(bDir, { background: false });
      try {
        const titles = (app: typeof b) => new Set(meetings.flatMap((id) => app.store.meeting(id)?.items.map((i) => i.title) ?? []));
        const onA = titles(a.app);
        const onB = titles(b);
        expect(expectedA.filter((t) => !onA.has(t) || !onB.has(t))).toEqual([]);
        expect(expectedB.filter((t) => !onA.has(t) || !onB.has(t))).toEqual([]);
        for (const id of meetings) expect(comparable(b.store.meeting(id))).toEqual(comparable(a.app.store.meeting(id)));
      } finally {
        await b.close();
      }
      console.log(`kill test: ${rounds} rounds, ${kills} killed mid-run, ${expectedA.length + expectedB.length} acknowledged saves, all present on both`);
      expect(kills).toBeGreaterThanOrEqual(KILLS);
      const checkB = await check(bDir);
      expect(checkB.code, checkB.out).toBe(0);
    } finally {
      await a.app.close();
    }
    const checkA = await check(a.dir);
    expect(checkA.code, checkA.out).toBe(0);
  }, 1_200_000);
});

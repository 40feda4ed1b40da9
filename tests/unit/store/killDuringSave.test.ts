import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

const WRITER = join(process.cwd(), 'tests', 'unit', 'store', 'support', 'killWriter.ts');
const MIN_SAVES = 200;

/** Starts the writer, lets it report `after` saves, then SIGKILLs it at once, mid-save. Resolves with the last save it reported. */
function runAndKill(dir: string, meetingId: string, committeeId: string, start: number, after: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, meetingId, committeeId, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = start;
    let seen = 0;
    let buffered = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        last = Number(line);
        seen += 1;
      }
      if (seen >= after && !child.killed) child.kill('SIGKILL');
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`writer stopped by itself: ${stderr}`))));
  });
}

describe('SIGKILL during saves', () => {
  it(`the store always opens afterwards and no save reported as done is lost (at least ${MIN_SAVES} saves)`, async () => {
    const dir = await tempDir();
    const setup = await openApp(dir);
    const committee = await createCommittee(setup.service);
    const meeting = await setup.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
    await setup.close();

    let reported = 0;
    let kills = 0;
    let lost = 0;
    let saves = 0;
    while (saves < MIN_SAVES) {
      const after = 3 + Math.floor(Math.random() * 25);
      const start = reported;
      reported = await runAndKill(dir, meeting.id, committee.id, start, after);
      saves += reported - start;
      kills += 1;

      const app = await openApp(dir);
      expect(app.store.notices()).toEqual([]);
      expect((await readdir(join(dir, 'meetings'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      const location = Number(app.store.meeting(meeting.id)!.location.replace('Gemt ', '') || 0);
      const name = Number(app.store.committee(committee.id)!.name.replace('Udvalg ', '') || 0);
      // The last reported save of each kind is on disk; one more may have landed after its report was cut off.
      const lastEven = reported % 2 === 0 ? reported : reported - 1;
      const lastOdd = reported % 2 === 1 ? reported : reported - 1;
      if (location < lastEven) lost += 1;
      if (name < lastOdd) lost += 1;
      expect(location).toBeGreaterThanOrEqual(lastEven);
      expect(name).toBeGreaterThanOrEqual(lastOdd);
      reported = Math.max(location, name);
      await app.close();
    }
    console.log(`kill test: ${kills} kills, ${saves} saves reported done, ${lost} lost`);
    expect(lost).toBe(0);
  }, 180_000);
});

/**
 * One measurement of storeScale.ts in a fresh process; prints one JSON line.
 *   open DIR  – process start → meetings.list answered, openApp alone, RSS
 *   save DIR  – one edit against a plain durable write of the same bytes
 */
import { open, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openApp } from '../../electron/core/openApp.ts';
import { docFromParagraphs } from '../../shared/text/richText.ts';

const importsDone = performance.now();
const [mode, dir] = process.argv.slice(2) as [string, string];
const mb = () => process.memoryUsage().rss / 1024 / 1024;

async function plainWrite(path: string, bytes: Buffer): Promise<void> {
  const tmp = `${path}.plain.tmp`;
  const handle = await open(tmp, 'w');
  await handle.writeFile(bytes);
  await handle.sync();
  await handle.close();
  await rename(tmp, path);
  const d = await open(dirname(path), 'r');
  await d.sync();
  await d.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (mode === 'open') {
  const t0 = performance.now();
  const app = await openApp(dir);
  const openMs = performance.now() - t0;
  const list = await app.service['meetings.list']({});
  const sinceStart = performance.now();
  const rssList = mb();
  await app.service['meetings.get']({ meetingId: list[0]!.id });
  const rssMeeting = mb();
  await app.close();
  console.log(JSON.stringify({ sinceStart, openMs, importsDone, rssList, rssMeeting, meetings: list.length }));
  process.exit(0);
} else if (mode === 'save') {
  const app = await openApp(dir);
  const list = await app.service['meetings.list']({});
  const target = list.find((m) => m.status !== 'godkendt' && m.status !== 'til_godkendelse')!;
  const meeting = await app.service['meetings.get']({ meetingId: target.id });
  const item = meeting.items.find((i) => i.sections.length > 0)!;
  const saves: number[] = [];
  for (let n = 0; n < 45; n += 1) {
    const t0 = performance.now();
    await app.service['items.setSection']({ meetingId: target.id, itemId: item.id, sectionId: item.sections[0]!.id, body: docFromParagraphs(`Redigering ${n}`) });
    saves.push(performance.now() - t0);
  }
  await app.close();
  const path = join(dir, 'meetings', `${target.id}.json`);
  const bytes = await readFile(path);
  const plain: number[] = [];
  for (let n = 0; n < 45; n += 1) {
    const t0 = performance.now();
    await plainWrite(path, bytes);
    plain.push(performance.now() - t0);
  }
  console.log(JSON.stringify({ saveMs: median(saves.slice(5)), plainMs: median(plain.slice(5)), bytes: bytes.length }));
  process.exit(0);
}

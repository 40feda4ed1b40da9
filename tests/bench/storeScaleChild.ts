/**
 * One measurement of storeScale.ts in a fresh process; prints one JSON line.
 *   open DIR  – process start → meetings.list answered, openApp alone, RSS
 *   save DIR  – one edit beside a plain durable write of the same bytes, interleaved
 */
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openApp } from '../../electron/core/openApp.ts';
import { docFromParagraphs } from '../../shared/text/richText.ts';

const importsDone = performance.now();
const [mode, dir] = process.argv.slice(2) as [string, string];
const mb = () => process.memoryUsage().rss / 1024 / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** What any program does to replace a file safely: write a temp file, fsync, rename, fsync the folder. */
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
  // The edit handler on the store, without the search index (another part, timed on its own): the service's own
  // context with the item handlers, built the way each version builds it.
  const { Store } = await import('../../electron/core/store/store.ts');
  const { createServiceContext } = await import('../../electron/core/service/serviceContext.ts');
  const { createItemHandlers } = await import('../../electron/core/service/itemHandlers.ts');
  const store = await Store.open(dir);
  type Ctx = Parameters<typeof createItemHandlers>[0];
  const make = createServiceContext as unknown as (...args: unknown[]) => Ctx;
  const now = () => new Date();
  let ctx: Ctx;
  if (createServiceContext.length >= 3) {
    // Before the store owned the audit log, the context took it separately.
    const { AuditLog } = await import('../../electron/core/audit/auditLog.ts');
    ctx = make(store, await AuditLog.open(dir), now);
  } else {
    ctx = make(store, now);
  }
  const items = createItemHandlers(ctx);
  const target = store.meetingSummaries().find((m) => m.status !== 'godkendt' && m.status !== 'til_godkendelse' && m.id.startsWith('haderslev'))!;
  const meeting = store.meeting(target.id)!;
  const app = { service: items, close: () => store.close() };
  const item = meeting.items.find((i) => i.sections.length > 0)!;
  const path = join(dir, 'meetings', `${target.id}.json`);
  const other = join(dir, 'meetings', '.plain-copy.json');
  const bytes = await readFile(path);
  const r = { plain: [] as number[], service: [] as number[] };
  for (let n = 0; n < 45; n += 1) {
    let t0 = performance.now();
    await plainWrite(other, bytes);
    r.plain.push(performance.now() - t0);
    t0 = performance.now();
    await app.service['items.setSection']({ meetingId: target.id, itemId: item.id, sectionId: item.sections[0]!.id, body: docFromParagraphs(`Redigering ${n}`) });
    r.service.push(performance.now() - t0);
  }
  await unlink(other).catch(() => undefined);
  await app.close();
  console.log(JSON.stringify({ saveMs: median(r.service.slice(5)), plainMs: median(r.plain.slice(5)), bytes: bytes.length }));
  process.exit(0);
}

/**
 * The search on its own, in a process of its own: the index built (into a temp
 * file) and then opened again by the worker as the app does, and every typed
 * prefix asked through SearchIndex, with the main thread's event loop and the
 * process memory watched. It isolates search's share of the host's figures,
 * where the store's own loading and memory weigh in too.
 *
 *   node --import tsx tests/bench/runners/searchAlone.ts '<json: { dataDir, indexPath, queries }>'
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';
import { SearchIndex } from '../../../electron/core/search/searchIndex.ts';
import { percentile } from '../stats.ts';
import { IdleReference } from './idleReference.ts';

type Args = { dataDir: string; indexPath: string; queries: string[] };
const { dataDir, indexPath, queries } = JSON.parse(process.argv[2]!) as Args;
const bundled = join(process.cwd(), 'dist', 'node', 'searchWorker.cjs');
const entry = existsSync(bundled) ? () => bundled : undefined;
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
const idle = new IdleReference();
let since: EventLoopUtilization = performance.eventLoopUtilization();
/** The longest event-loop block since the last call, how busy the loop was, and an idle process's longest delay over the same time. */
const maxBlock = async () => {
  const max = loop.max / 1e6;
  loop.reset();
  const now = performance.eventLoopUtilization();
  const busy = performance.eventLoopUtilization(now, since).utilization;
  since = now;
  return { max, busy, idle: (await idle.read()).maxMs };
};

async function phase(typed: boolean) {
  const rssBefore = process.memoryUsage().rss;
  await maxBlock();
  const search = new SearchIndex({ dataDir, indexPath, committees: () => [], entry });
  const t0 = performance.now();
  await search.ready();
  const readyMs = performance.now() - t0;
  const readyBlock = await maxBlock();
  const rssReady = process.memoryUsage().rss;
  const times: number[] = [];
  if (typed) {
    for (const text of queries) {
      const q0 = performance.now();
      await search.query(text, 30);
      times.push(performance.now() - q0);
    }
  }
  const queryBlock = await maxBlock();
  await search.close();
  return { readyMs, readyBlock, rssBefore, rssReady, queryBlock, medianMs: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: times.length > 0 ? Math.max(...times) : NaN };
}

try {
  const built = await phase(false);
  const opened = await phase(true);
  process.stdout.write(JSON.stringify({ built, opened }));
} finally {
  idle.stop();
}

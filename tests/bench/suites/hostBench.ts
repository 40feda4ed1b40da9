import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HostProcess, type EventLoop } from '../runners/hostProcess.ts';
import type { IdleReference } from '../runners/idleReference.ts';
import { benchQueries, typedPrefixes } from '../searchQueries.ts';
import { median, percentile } from '../stats.ts';
import type { BenchStore } from '../stores/benchStores.ts';
import { localIsoDate } from '../../../shared/format/dates.ts';

export type StartFigures = {
  /** Process start until the window's start data answers: `committees.list` and `meetings.overview`, asked together as the renderer asks them. */
  openMs: number;
  /** After that, `meetings.list` of every meeting: what the navigation asked for before it showed only the meetings around today. */
  fullListMs: number;
  /** Event loop during that time (module loading included), and an idle process's over the same time. */
  startLoop: EventLoop;
  startIdle: EventLoop;
  /** The start data answered until the first search answers: the index built, or loaded. */
  searchReadyMs: number;
  /** Event loop while the index is built or loaded, with nothing else to do. */
  buildLoop: EventLoop;
  buildIdle: EventLoop;
  /** Before the first search: the store open, the search worker not started. */
  rssBeforeSearch: number;
  rssAfterSearchReady: number;
  /** The search index file in the data directory's cache folder, once ready. */
  indexBytes: number;
};

export type SearchFigures = { queries: number; medianMs: number; p95Ms: number; maxMs: number; slowest: string; loop: EventLoop; idle: EventLoop };

export type HostFigures = { first: StartFigures; later: StartFigures[]; search?: SearchFigures };

/** Two case numbers as they stand in the store (its digits are drawn per meeting), one of each scheme. */
export async function caseNumbersIn(store: BenchStore): Promise<[string, string]> {
  const found: string[] = [];
  // From the middle of the archive on, then from its start: every seed's scheme is met on the way.
  const middle = Math.floor(store.meetingIds.length / 2);
  for (const id of [...store.meetingIds.slice(middle), ...store.meetingIds.slice(0, middle)]) {
    const file = JSON.parse(await readFile(join(store.dir, 'meetings', `${id}.json`), 'utf8')) as { meeting: { items: { caseNumber: string }[] } };
    for (const item of file.meeting.items) {
      if (item.caseNumber.includes('/') && !found.some((c) => c.includes('/'))) found.push(item.caseNumber);
      if (item.caseNumber.includes('.') && !found.some((c) => c.includes('.'))) found.push(item.caseNumber);
    }
    if (found.length === 2) return found as [string, string];
  }
  return ['25/30730', '85.15.00-A00-1-24'];
}

async function start(store: BenchStore, idle: IdleReference, withSearch = true): Promise<{ host: HostProcess; figures: StartFigures }> {
  await idle.read();
  const host = new HostProcess(store.dir);
  await Promise.all([host.call('committees.list', {}), host.call('meetings.overview', { today: localIsoDate(new Date()) })]);
  const openMs = performance.now() - host.startedAt;
  const startLoop = await host.eventLoop();
  const startIdle = await idle.read();
  const rssBeforeSearch = host.rss();
  const tList = performance.now();
  await host.call('meetings.list', {});
  const fullListMs = performance.now() - tList;
  if (!withSearch) {
    const none: EventLoop = { maxMs: NaN, p99Ms: NaN, meanMs: NaN, busy: NaN };
    return { host, figures: { openMs, fullListMs, startLoop, startIdle, searchReadyMs: NaN, buildLoop: none, buildIdle: none, rssBeforeSearch, rssAfterSearchReady: NaN, indexBytes: NaN } };
  }
  const t0 = performance.now();
  await host.call('search.query', { text: 'budget' });
  const searchReadyMs = performance.now() - t0;
  const buildLoop = await host.eventLoop();
  const buildIdle = await idle.read();
  const indexBytes = await stat(join(store.dir, 'cache', 'search-index.sqlite')).then((s) => s.size, () => NaN);
  return { host, figures: { openMs, fullListMs, startLoop, startIdle, searchReadyMs, buildLoop, buildIdle, rssBeforeSearch, rssAfterSearchReady: host.rss(), indexBytes } };
}

async function typeQueries(host: HostProcess, store: BenchStore, idle: IdleReference): Promise<SearchFigures> {
  const times: { text: string; ms: number }[] = [];
  await host.eventLoop();
  await idle.read();
  for (const query of benchQueries(await caseNumbersIn(store))) {
    for (const text of typedPrefixes(query)) {
      const t0 = performance.now();
      await host.call('search.query', { text, limit: 30 });
      times.push({ text, ms: performance.now() - t0 });
    }
  }
  const loop = await host.eventLoop();
  const idleLoop = await idle.read();
  const ms = times.map((t) => t.ms);
  const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  return { queries: times.length, medianMs: median(ms), p95Ms: percentile(ms, 95), maxMs: slowest.ms, slowest: slowest.text, loop, idle: idleLoop };
}

/**
 * The browser host on `store`, started `starts` times in turn: the first start
 * finds no search index and a daily backup due, as on the first start of a day
 * after an update; the later ones find both done. After the first, every
 * prefix of the bench queries is sent as the renderer sends it.
 */
export async function hostBench(store: BenchStore, starts: number, withQueries: boolean, idle: IdleReference): Promise<HostFigures> {
  const first = await start(store, idle);
  const search = withQueries ? await typeQueries(first.host, store, idle) : undefined;
  await first.host.stop();
  const later: StartFigures[] = [];
  for (let i = 1; i < starts; i += 1) {
    const next = await start(store, idle);
    later.push(next.figures);
    await next.host.stop();
  }
  return { first: first.figures, later, search };
}

/** One start until the start data answers, then the host stopped (no search asked): for a store in a state of its own. */
export async function openOnce(store: BenchStore, idle: IdleReference): Promise<number> {
  const { host, figures } = await start(store, idle, false);
  await host.stop();
  return figures.openMs;
}

/**
 * The state of the first start of a day after an update, again: no backup yet
 * (the daily one is due) and no search index. Derived files only; the meetings
 * and the summary index stay as they are.
 */
export async function asOnFirstStartOfDay(store: BenchStore): Promise<void> {
  await rm(join(store.dir, 'backups'), { recursive: true, force: true });
  await rm(join(store.dir, 'cache'), { recursive: true, force: true });
}

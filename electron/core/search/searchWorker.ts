/**
 * The search index's own thread: it opens (or builds) the SQLite index, reads
 * meeting files, and answers queries, so none of that ever holds up the main
 * thread. Jobs run one at a time in the order they arrive, so a query sent
 * after a save sees that save. Bundled on its own as `searchWorker.cjs`
 * (scripts/build-*.mjs); from the sources it starts through
 * `searchWorkerBoot.mjs`.
 */
import { setImmediate as yieldToMessages } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { FtsIndex, IN_MEMORY, type IndexedHit, type ReconcileResult } from './ftsIndex.ts';
import { isDamagedDatabase, sqlite } from './sqlite.ts';

export type SearchWorkerData = { meetingsDir: string; indexPath: string };

export type SearchRequest =
  | { type: 'changed'; meetingId: string }
  | { type: 'removed'; meetingId: string }
  | { type: 'refresh' }
  | { type: 'query'; id: number; text: string; limit: number }
  | { type: 'close' };

export type SearchReply =
  | { type: 'ready'; driver: string; result: ReconcileResult; ms: number }
  | { type: 'failed'; message: string }
  | { type: 'hits'; id: number; hits: IndexedHit[] }
  | { type: 'error'; id: number; message: string }
  | { type: 'closed' };

/** Thrown between batches of a long build when the app is closing. */
class Closing extends Error {}

const port = parentPort;
if (port) {
  const { meetingsDir } = workerData as SearchWorkerData;
  let indexPath = (workerData as SearchWorkerData).indexPath;
  const send = (reply: SearchReply) => port.postMessage(reply);
  let index: FtsIndex | null = null;
  let closing = false;
  let queue: Promise<unknown> = Promise.resolve();
  const between = async () => {
    if (closing) throw new Closing();
    await yieldToMessages();
  };

  /**
   * The index on disk, or, where its folder cannot hold one (`cache` made a file, no permission, a read-only drive),
   * in memory: search then works as before and is built again at each start, instead of not at all.
   */
  const openIndex = async (): Promise<FtsIndex> => {
    try {
      return await FtsIndex.open(indexPath);
    } catch (error) {
      if (indexPath === IN_MEMORY) throw error;
      console.error('[referent search] the index cannot be kept in its folder; it is kept in memory', error);
      indexPath = IN_MEMORY;
      return FtsIndex.open(IN_MEMORY);
    }
  };

  /** A damaged index file is thrown away and built again from the meeting files. */
  const repaired = async <T>(job: (index: FtsIndex) => T | Promise<T>): Promise<T> => {
    try {
      return await job(index!);
    } catch (error) {
      if (!isDamagedDatabase(error)) throw error;
      index!.close();
      await FtsIndex.remove(indexPath);
      index = await openIndex();
      await index.reconcile(meetingsDir, between);
      return job(index);
    }
  };

  const enqueue = (job: () => Promise<unknown>) => {
    queue = queue.then(job).catch((error: unknown) => {
      if (!(error instanceof Closing)) console.error('[referent search]', error);
    });
  };

  enqueue(async () => {
    const t0 = performance.now();
    try {
      let result: ReconcileResult;
      try {
        index = await openIndex();
        result = await repaired((i) => i.reconcile(meetingsDir, between));
      } catch (error) {
        // Whatever the file held that stopped the first pass (another program's tables, say), it is derived: made again, once.
        if (error instanceof Closing) throw error;
        console.error('[referent search] building the index again after', error);
        index?.close();
        await FtsIndex.remove(indexPath);
        index = await openIndex();
        result = await index.reconcile(meetingsDir, between);
      }
      send({ type: 'ready', driver: sqlite().driver, result, ms: performance.now() - t0 });
    } catch (error) {
      if (error instanceof Closing) return;
      index?.close();
      index = null;
      send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });

  port.on('message', (request: SearchRequest) => {
    if (request.type === 'close') {
      closing = true;
      enqueue(async () => {
        index?.close();
        index = null;
        send({ type: 'closed' });
        port.close();
      });
      return;
    }
    enqueue(async () => {
      if (!index) {
        if (request.type === 'query') send({ type: 'error', id: request.id, message: 'no index' });
        return;
      }
      switch (request.type) {
        case 'changed':
          return repaired((i) => i.update(meetingsDir, request.meetingId));
        case 'removed':
          return repaired((i) => i.remove(request.meetingId));
        case 'refresh':
          return repaired((i) => i.reconcile(meetingsDir, between));
        case 'query':
          try {
            send({ type: 'hits', id: request.id, hits: await repaired((i) => i.query(request.text, request.limit)) });
          } catch (error) {
            send({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
          }
      }
    });
  });
}

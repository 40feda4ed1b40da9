import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SearchHit } from '../../../shared/api/contract.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { da } from '../../../shared/i18n/da.ts';
import type { SearchReply, SearchRequest, SearchWorkerData } from './searchWorker.ts';
import type { IndexedHit } from './ftsIndex.ts';

/** Set by the build scripts in the bundles: the search worker bundle's file name beside the main bundle. */
declare const __REFERENT_SEARCH_WORKER__: string | undefined;

/** The index beside the data it is derived from; safe to delete, rebuilt from the meeting files. */
export const SEARCH_INDEX_FILE = join('cache', 'search-index.sqlite');

/**
 * Where the worker is. Bundled, it is `searchWorker.cjs` beside the main
 * bundle (unpacked from the asar archive when packaged, as a worker thread is
 * started from a real file). From the sources it is the boot script next to
 * this file, which loads the TypeScript worker.
 */
export function searchWorkerEntry(): string | URL {
  if (typeof __REFERENT_SEARCH_WORKER__ === 'string') {
    const bundled = join(__dirname, __REFERENT_SEARCH_WORKER__);
    const unpacked = bundled.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
    return unpacked !== bundled && existsSync(unpacked) ? unpacked : bundled;
  }
  return new URL('./searchWorkerBoot.mjs', import.meta.url);
}

export type SearchIndexOptions = {
  /** The data directory: meetings are read from its `meetings/` folder. */
  dataDir: string;
  /** A read-only data directory gets its index in a temp folder, removed on close. */
  readOnly?: boolean;
  committees: () => Committee[];
  /** Where the index lives; by default `cache/search-index.sqlite` in the data directory. */
  indexPath?: string;
  entry?: () => string | URL;
};

type Pending = { resolve: (hits: IndexedHit[]) => void; reject: (error: Error) => void };
type Started = { worker: Worker; ready: Promise<void> };

/**
 * Full-text search over every agenda item of every meeting: titles, case
 * numbers and the text of all sections. The index is SQLite FTS5 in a worker
 * thread (electron/core/search/searchWorker.ts), persisted in the data
 * directory's cache folder: the main thread only passes messages, so neither
 * building the index nor a query ever holds it up, and a save only tells the
 * worker which meeting changed (the worker reads the file itself), adding
 * nothing to the save. It relies on the data directory, the committees and
 * the store's change events, nothing else of the store.
 */
export class SearchIndex {
  readonly #options: SearchIndexOptions;
  #started: Started | null = null;
  #pending = new Map<number, Pending>();
  #nextId = 1;
  #tempDir: string | null = null;
  #waiting = 0;
  #closed = false;

  constructor(options: SearchIndexOptions) {
    this.#options = options;
  }

  /** Starts the worker (opening or building the index) in the background, without keeping the process alive for it. */
  warmUp(): void {
    if (!this.#closed) this.#start();
  }

  /** Resolves once queries are answered from the index (starting the worker if need be); the process stays alive until then. */
  async ready(): Promise<void> {
    if (this.#closed) throw new ReferentError('intern_fejl', da.errors.searchUnavailable('lukket'));
    const started = this.#start();
    this.#hold();
    try {
      await started.ready;
    } finally {
      this.#release();
    }
  }

  /** A meeting was saved: the worker re-reads its file. Before the worker starts there is nothing to do: it reads every changed file when it does. */
  meetingSaved(meetingId: string): void {
    this.#post({ type: 'changed', meetingId });
  }

  meetingDeleted(meetingId: string): void {
    this.#post({ type: 'removed', meetingId });
  }

  /** Meeting files changed outside the save path (a restore, another process): the worker compares every file's stamp. */
  refresh(): void {
    this.#post({ type: 'refresh' });
  }

  async query(text: string, limit = 30): Promise<SearchHit[]> {
    if (text.trim() === '') return [];
    if (this.#closed) throw new ReferentError('intern_fejl', da.errors.searchUnavailable('lukket'));
    const started = this.#start();
    this.#hold();
    try {
      await started.ready;
      const id = this.#nextId++;
      const hits = await new Promise<IndexedHit[]>((resolve, reject) => {
        this.#pending.set(id, { resolve, reject });
        started.worker.postMessage({ type: 'query', id, text, limit } satisfies SearchRequest);
      });
      const names = new Map(this.#options.committees().map((c) => [c.id, c.name]));
      return hits.map((hit) => ({ ...hit, committeeName: names.get(hit.committeeId) ?? '' }));
    } finally {
      this.#release();
    }
  }

  /** Ends the worker (the index is left consistent on disk, at most one batch short, which the next start redoes). */
  async close(): Promise<void> {
    this.#closed = true;
    const started = this.#started;
    this.#started = null;
    if (started) {
      const exited = new Promise<void>((resolve) => started.worker.once('exit', () => resolve()));
      started.worker.postMessage({ type: 'close' } satisfies SearchRequest);
      started.worker.ref();
      const timer = setTimeout(() => void started.worker.terminate(), 5000);
      await exited;
      clearTimeout(timer);
    }
    if (this.#tempDir) await rm(this.#tempDir, { recursive: true, force: true });
  }

  #post(request: SearchRequest): void {
    this.#started?.worker.postMessage(request);
  }

  #start(): Started {
    if (this.#started) return this.#started;
    const { dataDir, readOnly, indexPath, entry } = this.#options;
    let path = indexPath ?? join(dataDir, SEARCH_INDEX_FILE);
    if (readOnly && !indexPath) {
      this.#tempDir ??= mkdtempSync(join(tmpdir(), 'referent-search-'));
      path = join(this.#tempDir, 'search-index.sqlite');
    }
    const worker = new Worker((entry ?? searchWorkerEntry)(), { workerData: { meetingsDir: join(dataDir, 'meetings'), indexPath: path } satisfies SearchWorkerData });
    // Building the index never keeps the process alive; a waiting query does (#hold).
    worker.unref();
    let settle!: { resolve: () => void; reject: (error: Error) => void };
    const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    ready.catch(() => undefined);
    const fail = (error: Error) => {
      settle.reject(error);
      for (const job of this.#pending.values()) job.reject(error);
      this.#pending.clear();
      // The next query starts a new worker.
      if (this.#started?.worker === worker) this.#started = null;
    };
    worker.on('message', (reply: SearchReply) => {
      switch (reply.type) {
        case 'ready':
          return settle.resolve();
        case 'failed':
          void worker.terminate();
          return fail(new ReferentError('intern_fejl', da.errors.searchUnavailable(reply.message)));
        case 'hits':
        case 'error': {
          const job = this.#pending.get(reply.id);
          this.#pending.delete(reply.id);
          if (reply.type === 'hits') job?.resolve(reply.hits);
          else job?.reject(new ReferentError('intern_fejl', da.errors.searchUnavailable(reply.message)));
        }
      }
    });
    worker.on('error', (error) => fail(new ReferentError('intern_fejl', da.errors.searchUnavailable(error.message))));
    worker.on('exit', (code) => {
      if (!this.#closed) fail(new ReferentError('intern_fejl', da.errors.searchUnavailable(`kode ${code}`)));
    });
    this.#started = { worker, ready };
    return this.#started;
  }

  /** While a query waits, the worker keeps the process alive, so a script awaiting a search gets its answer. */
  #hold(): void {
    if (this.#waiting++ === 0) this.#started?.worker.ref();
  }

  #release(): void {
    if (--this.#waiting === 0) this.#started?.worker.unref();
  }
}

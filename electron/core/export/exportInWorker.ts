import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BuildReferatInput } from './buildReferatDocx.ts';
import type { ExportReply, ExportRequest } from './exportWorker.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

/** Set by scripts/build-electron.mjs in the Electron bundle: the worker bundle's file name beside main.cjs. */
declare const __REFERENT_EXPORT_WORKER__: string | undefined;

/**
 * Where the worker is. Bundled, it is `exportWorker.cjs` beside the main
 * bundle (unpacked from the asar archive when the package unpacks it, as a
 * worker thread is safest started from a real file). From the sources it is
 * the boot script next to this file, which loads the TypeScript worker.
 */
export function exportWorkerEntry(): string | URL {
  if (typeof __REFERENT_EXPORT_WORKER__ === 'string') {
    const bundled = join(__dirname, __REFERENT_EXPORT_WORKER__);
    const unpacked = bundled.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
    return unpacked !== bundled && existsSync(unpacked) ? unpacked : bundled;
  }
  return new URL('./exportWorkerBoot.mjs', import.meta.url);
}

/** How long an idle worker is kept for the next export before it is ended. */
const IDLE_MS = 30_000;

type Pending = { resolve: (bytes: Buffer) => void; reject: (error: Error) => void; input: BuildReferatInput };

/**
 * One worker thread, started on the first export and kept warm for the next
 * (starting one costs about as much as a short export). It never keeps the
 * process alive, and is ended when idle.
 */
class ExportWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly entry: () => string | URL) {}

  build(input: BuildReferatInput): Promise<Buffer> {
    clearTimeout(this.idleTimer);
    let worker: Worker;
    try {
      worker = this.start();
    } catch (error) {
      return buildInProcess(input, error instanceof Error ? error : new Error(String(error)));
    }
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, input });
      worker.ref();
      worker.postMessage({ id, input } satisfies ExportRequest);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.entry());
    worker.on('message', (reply: ExportReply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      if (reply.ok) job.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      else job.reject(new Error(reply.message));
      this.settle();
    });
    // A worker that cannot start or dies (a missing bundle, no memory) must not
    // lose the export: its jobs are built on this thread instead.
    const fail = (error: Error): void => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const jobs = [...this.pending.values()];
      this.pending.clear();
      for (const job of jobs) buildInProcess(job.input, error).then(job.resolve, job.reject);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(documentText.worker.stopped(code))));
    this.worker = worker;
    return worker;
  }

  private settle(): void {
    if (this.pending.size > 0 || !this.worker) return;
    this.worker.unref();
    const worker = this.worker;
    this.idleTimer = setTimeout(() => {
      if (this.worker === worker && this.pending.size === 0) {
        this.worker = undefined;
        void worker.terminate();
      }
    }, IDLE_MS);
    this.idleTimer.unref();
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}

let fallbackWarned = false;

async function buildInProcess(input: BuildReferatInput, cause?: Error): Promise<Buffer> {
  if (cause && !fallbackWarned) {
    fallbackWarned = true;
    console.warn(documentText.worker.fallback(cause.message));
  }
  const { buildReferatDocx } = await import('./buildReferatDocx.ts');
  return buildReferatDocx(input);
}

let shared: ExportWorker | undefined;

/**
 * Builds the DOCX in a worker thread, so the Electron main process keeps
 * answering the window while a long protocol is laid out. Falls back to this
 * thread only when no worker can be started.
 */
export async function buildReferatDocxInWorker(input: BuildReferatInput, options: { entry?: () => string | URL } = {}): Promise<Buffer> {
  const runner = options.entry ? new ExportWorker(options.entry) : (shared ??= new ExportWorker(exportWorkerEntry));
  try {
    return await runner.build(input);
  } finally {
    if (options.entry) await runner.close();
  }
}

/** Ends the shared worker (tests, shutdown); the next export starts a new one. */
export async function closeExportWorker(): Promise<void> {
  const runner = shared;
  shared = undefined;
  await runner?.close();
}

export { buildInProcess as buildReferatDocxInProcess };

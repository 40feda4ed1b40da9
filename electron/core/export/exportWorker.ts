/**
 * Builds a DOCX off the main thread. A worker handles any number of requests,
 * one at a time, each answered with the file's bytes (transferred, not
 * copied) or the error's message. Bundled on its own as
 * `dist/electron/exportWorker.cjs` (scripts/build-electron.mjs); from the
 * TypeScript sources it is started through `exportWorkerBoot.mjs`.
 */
import { parentPort } from 'node:worker_threads';
import { buildReferatDocx, type BuildReferatInput } from './buildReferatDocx.ts';

export type ExportRequest = { id: number; input: BuildReferatInput };
export type ExportReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

const port = parentPort;
if (port) {
  port.on('message', (request: ExportRequest) => {
    void buildReferatDocx(request.input).then(
      (buffer) => {
        // A Buffer may be a view into a shared pool; only a buffer of its own can be transferred.
        const bytes = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength ? new Uint8Array(buffer.buffer) : new Uint8Array(buffer);
        port.postMessage({ id: request.id, ok: true, bytes } satisfies ExportReply, [bytes.buffer as ArrayBuffer]);
      },
      (error: unknown) => port.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies ExportReply),
    );
  });
}

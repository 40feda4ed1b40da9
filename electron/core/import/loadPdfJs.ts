import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js, loaded on first use (it is large) with its worker code run in this
 * thread: in Node, pdf.js takes `globalThis.pdfjsWorker` instead of starting a
 * worker from a file path, which also keeps it working inside a bundle.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const globals = globalThis as { pdfjsWorker?: unknown };
    if (!globals.pdfjsWorker) {
      // @ts-expect-error pdf.js ships no type declarations for its worker bundle; only its WorkerMessageHandler is used, by pdf.js itself.
      globals.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    }
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js, loaded on first use (it is large) with its worker code run in this
 * thread: in Node, pdf.js takes `globalThis.pdfjsWorker` instead of starting a
 * worker from a file path, which also keeps it working inside a bundle
 * (esbuild's CommonJS main, where pdf.js cannot resolve files of its own).
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const globals = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown };
    // pdf.js builds one DOMMatrix when it loads (it renders with them; reading text does not). In Node it takes one
    // from @napi-rs/canvas, which a bundle (Electron's main) cannot load; a shim stands in, before pdf.js loads.
    if (!globals.DOMMatrix) globals.DOMMatrix = (await import('@thednp/dommatrix')).default;
    if (!globals.pdfjsWorker) {
      // @ts-expect-error pdf.js ships no type declarations for its worker bundle; only its WorkerMessageHandler is used, by pdf.js itself.
      globals.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    }
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

import Module, { createRequire } from 'node:module';
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
    standInForCanvas(globals.DOMMatrix);
    const restore = keepNativeBuiltins();
    try {
      if (!globals.pdfjsWorker) {
        // @ts-expect-error pdf.js ships no type declarations for its worker bundle; only its WorkerMessageHandler is used, by pdf.js itself.
        globals.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      }
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      restore();
    }
  })();
  return loading;
}

/**
 * pdf.js's legacy build (the one for Node) carries core-js, which replaces
 * `Array.prototype.push`, `JSON.stringify` and `JSON.parse` with JavaScript
 * versions on engines that miss an edge of the spec (V8 before 12.2, as in
 * Node 20: a push onto an array-like of length 2^32, `JSON.rawJSON`, the
 * source text given to a reviver). Neither pdf.js nor Referent relies on those
 * edges, but every push and every JSON call in the process, the store's
 * included, ran through the replacements: a third of a cold PDF import. The
 * engine's own functions are put back once pdf.js has loaded. What core-js
 * adds (Iterator helpers, `Promise.withResolvers` …) pdf.js needs and stays.
 */
function keepNativeBuiltins(): () => void {
  const kept = [
    [Array.prototype, 'push'],
    [JSON, 'stringify'],
    [JSON, 'parse'],
    // Replaced so that core-js's own functions print as native code.
    [Function.prototype, 'toString'],
  ].map(([owner, key]) => ({ owner: owner as object, key: key as string, descriptor: Object.getOwnPropertyDescriptor(owner, key as string)! }));
  return () => {
    for (const { owner, key, descriptor } of kept) Object.defineProperty(owner, key, descriptor);
  };
}

/** What pdf.js would draw with; Referent only reads text, so nothing may construct one. */
class NotRendered {
  constructor() {
    // Never shown: a reader failure reaches the user as readImportFile's Danish message.
    throw new Error('pdf.js was asked to render; Referent only reads the text of a PDF');
  }
}

/**
 * In Node, pdf.js requires @napi-rs/canvas as it loads, for rendering: a
 * native Skia of some 33 MB whose loading was a tenth of a cold PDF import.
 * Referent reads text and never renders, so the package's entry in Node's
 * module cache is taken by a stand-in before pdf.js loads: pdf.js then finds
 * the classes it asks for (none of which reading text constructs) and warns
 * of nothing. Where the canvas is not installed, or pdf.js has no `require`
 * (a CommonJS bundle), there is nothing to stand in for.
 */
function standInForCanvas(domMatrix: unknown): void {
  const url = import.meta.url as string | undefined;
  if (!url) return;
  const require = createRequire(url);
  let path: string;
  try {
    path = require.resolve('@napi-rs/canvas');
  } catch {
    return;
  }
  if (require.cache[path]) return;
  const standIn = new Module(path);
  standIn.filename = path;
  standIn.loaded = true;
  standIn.exports = {
    DOMMatrix: domMatrix,
    ImageData: NotRendered,
    Path2D: NotRendered,
    createCanvas: () => new NotRendered(),
  };
  require.cache[path] = standIn;
}

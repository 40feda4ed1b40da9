import { looksLikeWordHtml } from './cleanWordHtml.ts';
import { transformPastedHtmlSlices } from './pasteGuard.ts';

/**
 * Word's clipboard HTML cleaned in a worker and handed back in pieces of about
 * `sliceChars`, so the window keeps drawing the paste's progress and
 * answering while a large paste is taken apart (on the window's thread a 2 MB
 * paste held it 0.7 s in one task). Where a worker cannot start, or fails, the
 * same clean-up runs here: the paste is never lost for it.
 */
export function transformPastedHtmlOffThread(html: string, sliceChars: number): Promise<string[]> {
  // Other HTML (a web page) is not cleaned: no worker to start, and nothing to copy there and back.
  if (!looksLikeWordHtml(html)) return Promise.resolve([html]);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./cleanHtmlWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(transformPastedHtmlSlices(html, sliceChars));
  }
  return new Promise<string[]>((resolve) => {
    const finish = (slices: string[]) => {
      worker.terminate();
      resolve(slices);
    };
    worker.onmessage = (event: MessageEvent<string[]>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish(transformPastedHtmlSlices(html, sliceChars));
    };
    worker.postMessage({ html, sliceChars });
  });
}

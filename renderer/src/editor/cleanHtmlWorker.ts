/// <reference lib="webworker" />
import { transformPastedHtmlSlices } from './pasteGuard.ts';

/** Word's HTML cleaned off the window's thread: htmlparser2 needs no DOM, and a 2 MB paste takes a second or two. */
self.onmessage = (event: MessageEvent<{ html: string; sliceChars: number }>) => {
  self.postMessage(transformPastedHtmlSlices(event.data.html, event.data.sliceChars));
};

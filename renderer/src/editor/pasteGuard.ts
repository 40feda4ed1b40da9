import { cleanWordHtml, looksLikeWordHtml } from './cleanWordHtml.ts';

/** About 5 MB of text: far beyond any case text, and still parsed without freezing the window. */
export const MAX_PASTE_CHARS = 5 * 1024 * 1024;

/** What was on the clipboard, in characters; checked before ProseMirror parses anything. */
export function pasteSize(data: DataTransfer | null): number {
  if (!data) return 0;
  return data.getData('text/html').length + data.getData('text/plain').length;
}

/** ProseMirror's `transformPastedHTML`: Word's HTML is cleaned first; other HTML goes to the schema as is. */
export function transformPastedHtml(html: string): string {
  // Sections are h3 on the page, so Word's Overskrift 1 becomes the toolbar's sub-heading (h3) and the rest h4.
  return looksLikeWordHtml(html) ? cleanWordHtml(html, { headingShift: 2, maxHeadingLevel: 4 }) : html;
}

import { cleanWordHtml, cleanWordHtmlBlocks, looksLikeWordHtml } from './cleanWordHtml.ts';

/** About 5 MB of text: far beyond any case text, and still parsed without freezing the window. */
export const MAX_PASTE_CHARS = 5 * 1024 * 1024;

/** What was on the clipboard, in characters; checked before ProseMirror parses anything. */
export function pasteSize(data: DataTransfer | null): number {
  if (!data) return 0;
  return data.getData('text/html').length + data.getData('text/plain').length;
}

/** ProseMirror's `transformPastedHTML`: Word's HTML is cleaned first; other HTML goes to the schema as is. */
export function transformPastedHtml(html: string): string {
  return looksLikeWordHtml(html) ? cleanWordHtml(html, WORD_LEVELS) : html;
}

/** Sections are h3 on the page, so Word's Overskrift 1 becomes the toolbar's sub-heading (h3) and the rest h4. */
const WORD_LEVELS = { headingShift: 2, maxHeadingLevel: 4 };

/**
 * The same, for a large paste: Word's clean HTML in pieces of about
 * `sliceChars`, whole blocks each (a list or a table is never cut), so the
 * window parses one piece per task; other HTML as one piece.
 */
export function transformPastedHtmlSlices(html: string, sliceChars: number): string[] {
  if (!looksLikeWordHtml(html)) return [html];
  const slices: string[] = [];
  let current = '';
  for (const block of cleanWordHtmlBlocks(html, WORD_LEVELS)) {
    current += block;
    if (current.length >= sliceChars) {
      slices.push(current);
      current = '';
    }
  }
  if (current !== '' || slices.length === 0) slices.push(current);
  return slices;
}

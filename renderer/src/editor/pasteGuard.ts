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
  // The editor's sub-headings are h2–h4: Word's Overskrift 1 lands one level below the section heading.
  return looksLikeWordHtml(html) ? cleanWordHtml(html, { headingShift: 1 }) : html;
}

import type { Editor } from '@tiptap/react';
import { DOMParser as ProseMirrorParser } from '@tiptap/pm/model';
import { transformPastedHtmlOffThread } from './transformOffThread.ts';
import { sliceInserter } from './sliceInserter.ts';

/** HTML above this size goes in a slice at a time; below it ProseMirror's own paste is quick enough. */
export const SLICED_HTML_CHARS = 256 * 1024;

/** About this much text per slice: parsed and drawn in one task. */
const SLICE_TEXT_CHARS = 64 * 1024;
/** Clean HTML is about twice its text: pieces of Word's paste of about one slice each. */
const SLICE_HTML_CHARS = 2 * SLICE_TEXT_CHARS;

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Word wraps the whole body in one `<div class=WordSection1>`: the blocks to slice are inside it. */
function blockContainer(body: HTMLElement): Element {
  let container: Element = body;
  while (container.children.length === 1 && /^(DIV|SECTION|ARTICLE|MAIN)$/.test(container.children[0]!.tagName) && (container.textContent ?? '').trim() === (container.children[0]!.textContent ?? '').trim()) {
    container = container.children[0]!;
  }
  return container;
}

/** The container's top-level nodes in groups of about `SLICE_TEXT_CHARS` of text; a list or a table is never cut. */
function groups(container: Element): Node[][] {
  const out: Node[][] = [];
  let current: Node[] = [];
  let size = 0;
  for (const node of [...container.childNodes]) {
    current.push(node);
    size += node.textContent?.length ?? 0;
    if (size >= SLICE_TEXT_CHARS) {
      out.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * A large HTML paste (Word, a web page) parsed and inserted a slice at a time,
 * with the browser free to draw and answer between slices; `onProgress` gets
 * 0–1. ProseMirror's own paste parses and draws it all in one task: a 2 MB
 * paste froze the window for some 14 s. Word's HTML is cleaned first, as in a
 * small paste, but in a worker. The slices go in through `sliceInserter`: no paragraph is split
 * or joined at a slice boundary, and all slices are one undo step.
 */
export async function pasteHtml(editor: Editor, html: string, options: { onProgress(fraction: number): void }): Promise<void> {
  // Word's HTML comes back from the worker cleaned and cut into pieces of whole blocks; other HTML is one piece.
  const pieces = await transformPastedHtmlOffThread(html, SLICE_HTML_CHARS);
  const parser = ProseMirrorParser.fromSchema(editor.schema);
  const insert = sliceInserter(editor);
  for (const [p, piece] of pieces.entries()) {
    if (editor.isDestroyed) return;
    const parsed = new window.DOMParser().parseFromString(piece, 'text/html');
    const parts = groups(blockContainer(parsed.body));
    for (const [index, nodes] of parts.entries()) {
      if (editor.isDestroyed) return;
      const wrap = parsed.createElement('div');
      wrap.append(...nodes);
      const last = p === pieces.length - 1 && index === parts.length - 1;
      insert(parser.parse(wrap, { topNode: editor.schema.topNodeType.create() }).content, last);
      options.onProgress((p + (index + 1) / parts.length) / pieces.length);
      if (!last) await yieldToBrowser();
    }
  }
}

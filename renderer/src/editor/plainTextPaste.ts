import type { Editor } from '@tiptap/react';
import { Fragment, Slice } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { plainTextToRich } from '../../../shared/text/plainTextToRich.ts';
import type { RichNode } from '../../../shared/text/richText.ts';

/** About this much text is parsed and inserted per task, so the window keeps answering during a 4 MB paste. */
const SLICE_CHARS = 96 * 1024;

/** A line that carries on a list or an indented block must not start a new slice: it would start a new list. */
const CONTINUES = /^(\s|[-•–*]\s|\d{1,3}[.)]\s|[a-zæøå][.)]\s)/i;

/** Cuts the text at blank lines, about every `SLICE_CHARS`, never inside a list. */
export function pasteSlices(text: string, size = SLICE_CHARS): string[] {
  const slices: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    let cut = text.indexOf('\n\n', start + size);
    while (cut !== -1 && CONTINUES.test(text.slice(cut + 2, cut + 12))) cut = text.indexOf('\n\n', cut + 2);
    if (cut === -1) break;
    slices.push(text.slice(start, cut));
    start = cut + 2;
  }
  slices.push(text.slice(start));
  return slices;
}

/** A decision field has no tables: a pasted table's rows become lines of text there. */
function withoutTables(nodes: RichNode[]): RichNode[] {
  return nodes.flatMap((node): RichNode[] =>
    node.type !== 'table'
      ? [node]
      : (node.content ?? []).map((row) => {
          const text = (row.content ?? []).map((cell) => cell.content?.[0]?.content?.[0]?.text ?? '').join(' – ');
          return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
        }),
  );
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Plain text pasted from a PDF or an e-mail, as rich text (`plainTextToRich`:
 * lists, tables), inserted a slice at a time with the browser free to draw
 * and answer between slices; `onProgress` gets 0–1. As in the HTML paste, the
 * first slice opens into the paragraph at the cursor and the last closes into
 * what follows it; the slices between are whole blocks inserted before that
 * rest, so a blank line at a slice boundary stays a paragraph break. One undo
 * takes the whole paste back.
 */
export async function pastePlainText(editor: Editor, text: string, options: { tables: boolean; onProgress(fraction: number): void }): Promise<void> {
  const slices = pasteSlices(text);
  let done = 0;
  let first: Transaction | undefined;
  // Where the text after the cursor begins; every slice after the first goes in before it.
  // Counted from the end of the document: a position mapped through the first insertion can land before it
  // (pasting into an empty paragraph replaces its closing token), while the text after the cursor never moves.
  const tail = editor.state.doc.content.size - editor.state.selection.to;
  let rest = editor.state.selection.to;
  for (const [index, part] of slices.entries()) {
    if (editor.isDestroyed) return;
    const doc = plainTextToRich(part);
    const nodes = options.tables ? (doc.content ?? []) : withoutTables(doc.content ?? []);
    const last = index === slices.length - 1;
    if (nodes.length) {
      // Open where a paragraph begins or ends, as a native paste is: one pasted line runs on in the line it lands in.
      const content = Fragment.fromArray(nodes.map((node) => editor.schema.nodeFromJSON(node)));
      const opensStart = first === undefined && nodes[0]!.type === 'paragraph';
      const opensEnd = last && nodes[nodes.length - 1]!.type === 'paragraph';
      const slice = new Slice(content, opensStart ? 1 : 0, opensEnd ? 1 : 0);
      const tr = editor.state.tr;
      if (first === undefined) tr.replaceSelection(slice);
      else tr.replaceRange(rest, rest, slice);
      // Scrolling lays the whole field out: once, at the end, not per slice.
      if (last) tr.scrollIntoView();
      // Later slices join the first one's undo step, however long the slices take: one undo takes the paste back.
      if (first) tr.setMeta('appendedTransaction', first);
      else first = tr;
      editor.view.dispatch(tr);
      rest = editor.state.doc.content.size - tail;
    }
    done += part.length + 2;
    options.onProgress(Math.min(1, done / text.length));
    if (slices.length > 1) await yieldToBrowser();
  }
}

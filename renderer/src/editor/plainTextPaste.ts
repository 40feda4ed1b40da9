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
 * and answer between slices; `onProgress` gets 0–1. The slices follow one
 * another at the cursor, so one undo takes the whole paste back.
 */
export async function pastePlainText(editor: Editor, text: string, options: { tables: boolean; onProgress(fraction: number): void }): Promise<void> {
  const slices = pasteSlices(text);
  let done = 0;
  let first: Transaction | undefined;
  for (const [index, part] of slices.entries()) {
    if (editor.isDestroyed) return;
    const doc = plainTextToRich(part);
    const nodes = options.tables ? (doc.content ?? []) : withoutTables(doc.content ?? []);
    if (nodes.length) {
      // Open where a paragraph begins or ends, as a native paste is: one pasted line runs on in the line it lands in.
      const content = Fragment.fromArray(nodes.map((node) => editor.schema.nodeFromJSON(node)));
      const slice = new Slice(content, nodes[0]!.type === 'paragraph' ? 1 : 0, nodes[nodes.length - 1]!.type === 'paragraph' ? 1 : 0);
      const tr = editor.state.tr.replaceSelection(slice);
      // Scrolling lays the whole field out: once, at the end, not per slice.
      if (index === slices.length - 1) tr.scrollIntoView();
      // Later slices join the first one's undo step, however long the slices take: one undo takes the paste back.
      if (first) tr.setMeta('appendedTransaction', first);
      else first = tr;
      editor.view.dispatch(tr);
    }
    done += part.length + 2;
    options.onProgress(Math.min(1, done / text.length));
    if (slices.length > 1) await yieldToBrowser();
  }
}

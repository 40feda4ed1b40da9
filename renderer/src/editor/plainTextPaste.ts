import type { Editor } from '@tiptap/react';
import { Fragment } from '@tiptap/pm/model';
import { sliceInserter } from './sliceInserter.ts';
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
 * and answer between slices (`sliceInserter`: a blank line at a slice
 * boundary stays a paragraph break, one undo takes it all back);
 * `onProgress` gets 0–1.
 */
export async function pastePlainText(editor: Editor, text: string, options: { tables: boolean; onProgress(fraction: number): void }): Promise<void> {
  const slices = pasteSlices(text);
  const insert = sliceInserter(editor);
  let done = 0;
  for (const [index, part] of slices.entries()) {
    if (editor.isDestroyed) return;
    const doc = plainTextToRich(part);
    const nodes = options.tables ? (doc.content ?? []) : withoutTables(doc.content ?? []);
    insert(Fragment.fromArray(nodes.map((node) => editor.schema.nodeFromJSON(node))), index === slices.length - 1);
    done += part.length + 2;
    options.onProgress(Math.min(1, done / text.length));
    if (slices.length > 1) await yieldToBrowser();
  }
}

import { listMarker } from './listMarker.ts';
import { NestedListBuilder } from './nestedLists.ts';
import type { RichDoc, RichNode } from './richText.ts';

const TAB_WIDTH = 4;

function indentWidth(line: string): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === ' ') width += 1;
    else if (ch === '\t') width += TAB_WIDTH - (width % TAB_WIDTH);
    else if (ch !== '\u00a0') break;
    else width += 1;
  }
  return width;
}

const endsSentence = (text: string): boolean => /[.!?:;]["”')\]]?$/.test(text);
const LOWER = /^\p{Ll}/u;
const startsLower = (text: string): boolean => LOWER.test(text);

/** A line of cells separated by tabs (after any indentation), as a table row pasted from a PDF or a spreadsheet. */
function tableCells(line: string): string[] | null {
  const body = line.trim();
  if (!body.includes('\t')) return null;
  return body.split('\t').map((c) => c.trim());
}

const paragraph = (text: string): RichNode => (text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] });

/**
 * Plain text (pasted from a PDF or an e-mail) as rich text: lines that begin
 * with `- `, `• `, `1. `, `1) ` or `a) ` become real lists, nested by their
 * indentation (and `a)` under `1.`); two or more lines in a row with tab
 * stops become a table; other lines are joined into paragraphs, a new
 * paragraph starting after a blank line or where a sentence ends and the next
 * line begins with a capital. One pass over the lines, so a 4 MB paste is
 * handled in linear time.
 */
export function plainTextToRich(text: string): RichDoc {
  const lines = text.split(/\r\n|\r|\n/);
  const builder = new NestedListBuilder(1);
  let current: { parts: string[]; indent: number; inItem: boolean } | null = null;
  let lastItemText = '';
  let lastItemIndent = 0;
  let afterBlank = false;
  let table: string[][] = [];

  const flushParagraph = (): void => {
    if (!current) return;
    const node = paragraph(current.parts.join(' '));
    if (current.inItem) builder.continueItem(node);
    else builder.block(node, current.indent);
    current = null;
  };
  const flushTable = (): void => {
    if (table.length === 0) return;
    if (table.length === 1) {
      // One line with tabs is a line of text, not a table.
      const [cells] = table;
      current = { parts: [cells!.join(' ')], indent: 0, inItem: false };
      table = [];
      flushParagraph();
      return;
    }
    const width = Math.max(...table.map((r) => r.length));
    const rows = table.map(
      (cells): RichNode => ({
        type: 'tableRow',
        content: Array.from({ length: width }, (_, i): RichNode => ({ type: 'tableCell', content: [paragraph(cells[i] ?? '')] })),
      }),
    );
    builder.block({ type: 'table', content: rows }, 0);
    table = [];
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trimEnd();
    if (line.trim() === '') {
      flushParagraph();
      flushTable();
      lastItemText = '';
      afterBlank = true;
      continue;
    }
    const blankBefore = afterBlank;
    afterBlank = false;
    const indent = indentWidth(line);
    let marker = listMarker(line);
    // `21. maj holdes …` starts a sentence with a date: a list that does not start at 1 needs a second item after it.
    if (marker && marker.ordered && marker.number !== 1 && builder.lastItemParagraph() === null && !listMarker(lines[index + 1] ?? '')) marker = null;
    const cells = marker ? null : tableCells(line);
    if (cells && cells.filter((c) => c !== '').length >= 2) {
      flushParagraph();
      table.push(cells);
      continue;
    }
    flushTable();
    const body = line.trim();
    if (marker) {
      flushParagraph();
      builder.item({ indent, ordered: marker.ordered, number: marker.number, kind: marker.kind, content: paragraph(marker.rest.trim()) }, !blankBefore);
      lastItemText = marker.rest.trim();
      lastItemIndent = indent;
      continue;
    }
    // A wrapped line of a list item: indented under it, or running on mid-sentence.
    const item = lastItemText !== '' ? builder.lastItemParagraph() : null;
    if (item && !current && (indent > lastItemIndent || (!endsSentence(lastItemText) && startsLower(body)))) {
      const textNode = item.content?.[0];
      if (textNode?.type === 'text') textNode.text = `${textNode.text ?? ''} ${body}`;
      lastItemText = body;
      continue;
    }
    lastItemText = '';
    if (current && (!endsSentence(current.parts[current.parts.length - 1]!) || startsLower(body))) {
      current.parts.push(body);
      continue;
    }
    flushParagraph();
    current = { parts: [body], indent, inItem: false };
  }
  flushParagraph();
  flushTable();
  return { type: 'doc', content: builder.result() };
}

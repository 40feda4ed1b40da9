import { listMarker } from '../../../shared/text/listMarker.ts';
import { NestedListBuilder } from '../../../shared/text/nestedLists.ts';
import type { RichDoc, RichMark, RichNode } from '../../../shared/text/richText.ts';
import type { ParagraphBlock, Run, TableBlock } from './sourceDocument.ts';

/** What a section is made of once its headings are known: paragraphs, sub-headings and tables in order. */
export type ContentBlock =
  | { kind: 'paragraph'; block: ParagraphBlock }
  | { kind: 'subheading'; runs: Run[]; level: number }
  | { kind: 'table'; block: TableBlock };

/** Points: list markers within this distance stand at the same indent. */
const INDENT_TOLERANCE = 4;
/** A Word list level counts as this many points of indent when the file gives none. */
const LEVEL_STEP = 18;

export type RichResult = { doc: RichDoc; guessedLists: boolean; guessedTables: boolean };

/**
 * A section's content as TipTap JSON: Word's numbered paragraphs and lines
 * that begin with a typed marker (`- `, `• `, `1. `, `a) `) become nested
 * lists by their level or indent, tab-separated lines become a table, runs
 * keep bold, italic, underline, strike and links.
 */
export function blocksToRich(content: ContentBlock[]): RichResult {
  const builder = new NestedListBuilder(INDENT_TOLERANCE);
  let guessedLists = false;
  let guessedTables = false;
  let quote: RichNode | null = null;

  for (let i = 0; i < content.length; i++) {
    const entry = content[i]!;
    if (entry.kind !== 'paragraph' || !entry.block.quote) quote = null;
    if (entry.kind === 'subheading') {
      // A heading set wholly in bold is a heading by its bold; the bold is not a mark on its words.
      const allBold = entry.runs.every((r) => r.bold || r.text.trim() === '');
      const runs = allBold ? entry.runs.map(({ bold: _bold, ...r }) => r) : entry.runs;
      builder.block({ type: 'heading', attrs: { level: entry.level }, content: inline(runs) });
      continue;
    }
    if (entry.kind === 'table') {
      builder.block(tableNode(entry.block));
      continue;
    }
    const block = entry.block;
    if (block.list) {
      const indent = block.indent > 0 ? block.indent : block.list.level * LEVEL_STEP;
      builder.item({ indent, ordered: block.list.ordered, number: block.list.number ?? 1, kind: block.list.key, content: paragraphNode(block.runs) });
      continue;
    }
    const typed = listMarker(block.text);
    if (typed && !block.quote && (typed.number === 1 || typed.kind === 'bullet' || builder.lastItemParagraph() !== null || nextIsListItem(content, i))) {
      guessedLists = true;
      builder.item({ indent: block.indent, ordered: typed.ordered, number: typed.number, kind: typed.kind, content: paragraphNode(dropPrefix(block.runs, block.text.length - typed.rest.length)) });
      continue;
    }
    // Two or more lines in a row with tab stops between words: a table laid out with tabs.
    const rows = tabRows(content, i);
    if (rows) {
      guessedTables = true;
      builder.block(rowsToTable(rows.rows), block.indent);
      i = rows.end - 1;
      continue;
    }
    if (block.quote) {
      // A quotation style sets its text in italics; that is the quote's look, not a mark on its words.
      const runs = block.runs.every((r) => r.italic || r.text.trim() === '') ? block.runs.map(({ italic: _italic, ...r }) => r) : block.runs;
      if (quote) (quote.content ??= []).push(paragraphNode(runs));
      else {
        quote = { type: 'blockquote', content: [paragraphNode(runs)] };
        builder.block(quote, block.indent);
      }
      continue;
    }
    builder.block(paragraphNode(block.runs), block.indent);
  }
  return { doc: { type: 'doc', content: builder.result() }, guessedLists, guessedTables };
}

/**
 * A lone line that starts `21. maj – Dag 1` is a date, not the 21st point of a
 * list: a numbered list that does not start at 1 needs a second item after it.
 */
function nextIsListItem(content: ContentBlock[], i: number): boolean {
  const next = content[i + 1];
  return next?.kind === 'paragraph' && !next.block.list && listMarker(next.block.text)?.ordered === true;
}

function tabRows(content: ContentBlock[], start: number): { rows: Run[][][]; end: number } | null {
  const rows: Run[][][] = [];
  let i = start;
  while (i < content.length) {
    const entry = content[i]!;
    if (entry.kind !== 'paragraph' || entry.block.list || entry.block.quote) break;
    const cells = splitRunsOnTabs(entry.block.runs);
    if (cells.filter((c) => c.some((r) => r.text.trim() !== '')).length < 2) break;
    rows.push(cells);
    i++;
  }
  return rows.length >= 2 ? { rows, end: i } : null;
}

function splitRunsOnTabs(runs: Run[]): Run[][] {
  const cells: Run[][] = [[]];
  for (const run of trimRuns(runs)) {
    const parts = run.text.split('\t');
    parts.forEach((part, k) => {
      if (k > 0) cells.push([]);
      if (part !== '') cells[cells.length - 1]!.push({ ...run, text: part });
    });
  }
  return cells;
}

function rowsToTable(rows: Run[][][]): RichNode {
  const width = Math.max(...rows.map((r) => r.length));
  return {
    type: 'table',
    content: rows.map((cells) => ({
      type: 'tableRow',
      content: Array.from({ length: width }, (_, k): RichNode => ({ type: 'tableCell', content: [paragraphNode(cells[k] ?? [])] })),
    })),
  };
}

function tableNode(table: TableBlock): RichNode {
  return {
    type: 'table',
    content: table.rows.map((row) => ({
      type: 'tableRow',
      content: row.cells.map((cell): RichNode => {
        // A header cell's bold is the header's look, as a heading's is.
        const plain = (b: ParagraphBlock): ParagraphBlock => (cell.header && b.runs.every((r) => r.bold || r.text.trim() === '') ? { ...b, runs: b.runs.map(({ bold: _bold, ...r }) => r) } : b);
        const inner = blocksToRich(cell.blocks.map((b) => (b.type === 'paragraph' ? { kind: 'paragraph' as const, block: plain(b) } : { kind: 'table' as const, block: b }))).doc.content ?? [];
        const attrs: Record<string, unknown> = {};
        if (cell.colSpan > 1) attrs.colspan = cell.colSpan;
        if (cell.rowSpan > 1) attrs.rowspan = cell.rowSpan;
        return {
          type: cell.header ? 'tableHeader' : 'tableCell',
          ...(Object.keys(attrs).length ? { attrs } : {}),
          content: inner.length > 0 ? inner : [{ type: 'paragraph' }],
        };
      }),
    })),
  };
}

/** Runs without the first `count` characters (a typed list marker). */
function dropPrefix(runs: Run[], count: number): Run[] {
  const out: Run[] = [];
  let left = count;
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  return out;
}

/** Without leading and trailing white space of the whole paragraph. */
function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length > 0 && out[0]!.text.trimStart() === '') out.shift();
  while (out.length > 0 && out[out.length - 1]!.text.trimEnd() === '') out.pop();
  if (out.length > 0) {
    out[0]!.text = out[0]!.text.trimStart();
    out[out.length - 1]!.text = out[out.length - 1]!.text.trimEnd();
  }
  return out;
}

export function paragraphNode(runs: Run[]): RichNode {
  const content = inline(runs);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

export function inline(runs: Run[]): RichNode[] {
  const out: RichNode[] = [];
  for (const run of trimRuns(runs)) {
    const marks: RichMark[] = [];
    if (run.bold) marks.push({ type: 'bold' });
    if (run.italic) marks.push({ type: 'italic' });
    if (run.underline && !run.href) marks.push({ type: 'underline' });
    if (run.strike) marks.push({ type: 'strike' });
    if (run.href && /^(https?:|mailto:)/i.test(run.href)) marks.push({ type: 'link', attrs: { href: run.href } });
    const lines = run.text.replace(/\t/g, ' ').split('\n');
    lines.forEach((line, k) => {
      if (k > 0) out.push({ type: 'hardBreak' });
      if (line !== '') out.push(marks.length > 0 ? { type: 'text', text: line, marks } : { type: 'text', text: line });
    });
  }
  return out;
}

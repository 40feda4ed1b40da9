import type { RichDoc, RichNode } from '../../shared/text/richText.ts';
import { md } from './md.ts';

/** A cell: one line of inline markdown, or a whole `md` document (lists, several paragraphs). */
export type TableCellSource = string | RichDoc;

/** A TipTap table: the first row is `header` (tableHeader cells), then `rows` of tableCell. */
export function table(header: TableCellSource[], rows: TableCellSource[][]): RichNode {
  const width = header.length;
  for (const row of rows) {
    if (row.length !== width) throw new Error(`table: rækken har ${row.length} celler, overskriften ${width}`);
  }
  return {
    type: 'table',
    content: [row('tableHeader', header), ...rows.map((r) => row('tableCell', r))],
  };
}

function row(cellType: 'tableHeader' | 'tableCell', cells: TableCellSource[]): RichNode {
  return { type: 'tableRow', content: cells.map((c) => cell(cellType, c)) };
}

function cell(cellType: 'tableHeader' | 'tableCell', source: TableCellSource): RichNode {
  const doc = typeof source === 'string' ? md(source) : source;
  const content = doc.content && doc.content.length > 0 ? doc.content : [{ type: 'paragraph' }];
  return { type: cellType, attrs: { colspan: 1, rowspan: 1 }, content };
}

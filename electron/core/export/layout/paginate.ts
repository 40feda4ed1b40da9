import { countLines } from './breakLines.ts';
import type { Block, CellBlock, ParagraphBlock, RowBlock, TableBlock } from './layoutModel.ts';

export type PageGeometry = { textWidth: number; bodyHeight: number };

export type Pagination = { bookmarks: Map<string, number>; pageCount: number };

/** Where each block starts (page, and twips down the body) and how many lines a paragraph has: for tests. */
export type BlockTrace = { page: number; y: number; lines: number }[];

/** Heights are sums of twips; a line that fits to within this fits. */
const EPSILON = 0.01;

type Measured = { lines: number };

/**
 * Lays the blocks out down the pages as Word does with exact line heights:
 * a line goes on the page if it fits, widow and orphan control (Word's
 * default, which our styles keep) leave no paragraph's first or last line
 * alone on a page, the space between two paragraphs is the larger of the one's
 * space after and the other's space before, the space before a paragraph is
 * left out at the top of a page (but the first), keepLines moves
 * a paragraph that does not fit whole, keepNext keeps a paragraph on the page
 * of the first line of the next, a row that cannot split moves whole, and a
 * table's header rows are repeated at the top of each page it goes on to.
 */
export function paginate(blocks: Block[], geometry: PageGeometry, pageText: (bookmark: string) => string, trace?: BlockTrace): Pagination {
  const { textWidth, bodyHeight: H } = geometry;
  const measured = new Map<ParagraphBlock, Measured>();
  const linesOf = (p: ParagraphBlock, width: number): number => {
    let m = measured.get(p);
    if (!m) measured.set(p, (m = { lines: countLines(p, width, pageText) }));
    return m.lines;
  };
  const paragraphHeight = (p: ParagraphBlock, width: number, withBefore = true) =>
    (withBefore ? p.before : 0) + linesOf(p, width) * p.lineHeight + p.borderBelow + p.after;
  const cellHeight = (cell: CellBlock) => {
    let height = cell.marginTop + cell.marginBottom;
    let after = 0;
    for (const p of cell.paragraphs) {
      height += paragraphHeight(p, cell.width) - Math.min(after, p.before);
      after = p.after;
    }
    return height;
  };
  const rowHeight = (table: TableBlock, index: number) => {
    const row = table.rows[index]!;
    const border = index === 0 ? table.borderTop : table.insideH;
    const last = index === table.rows.length - 1 ? table.borderBottom : 0;
    return border + last + Math.max(0, ...row.cells.map(cellHeight));
  };

  let page = 1;
  let y = 0;
  let empty = true;
  let start = { page, y, lines: 0 };
  const bookmarks = new Map<string, number>();
  const newPage = () => {
    page += 1;
    y = 0;
    empty = true;
    after = 0;
  };
  /** The space after the paragraph just placed: Word puts the larger of it and the next one's space before between them. */
  let after = 0;
  const spaceBefore = (p: ParagraphBlock) => (empty && page > 1 ? 0 : Math.max(0, p.before - after));

  /** Room the start of a block needs: a paragraph's first line (all of it with keepLines), a table's first row. */
  const startHeight = (block: Block): number => {
    if (block.kind === 'table') return rowHeight(block, 0);
    const lines = linesOf(block, textWidth);
    // With widow and orphan control a paragraph starts with two lines on a page, or all of them up to three.
    return block.before + (block.keepLines || lines <= 3 ? lines : 2) * block.lineHeight;
  };

  const placeParagraph = (p: ParagraphBlock) => {
    if (p.pageBreakBefore && !empty) newPage();
    const lines = linesOf(p, textWidth);
    if (p.keepLines && !empty && y + spaceBefore(p) + lines * p.lineHeight > H + EPSILON && lines * p.lineHeight <= H) newPage();
    y += spaceBefore(p);
    let placed = 0;
    while (placed < lines) {
      const fit = Math.max(0, Math.floor((H - y + EPSILON) / p.lineHeight));
      let take = Math.min(fit, lines - placed);
      if (take < lines - placed) {
        // Widow and orphan control: no last line alone at the top of a page, no first line alone at the bottom.
        if (lines - placed - take === 1) take -= 1;
        if (placed === 0 && take === 1) take = 0;
      }
      if (take <= 0) {
        if (empty) take = Math.max(1, fit);
        else {
          newPage();
          continue;
        }
      }
      if (placed === 0) {
        for (const name of p.bookmarks) bookmarks.set(name, page);
        start = { page, y, lines };
      }
      y += take * p.lineHeight;
      placed += take;
      empty = false;
      if (placed < lines) newPage();
    }
    y += p.borderBelow + p.after;
    after = p.after;
  };

  const placeTable = (table: TableBlock) => {
    after = 0;
    const headers = table.rows.map((row, i) => (row.header ? i : -1)).filter((i) => i >= 0 && table.rows.slice(0, i).every((r) => r.header));
    const repeatedHeight = headers.reduce((sum, i) => sum + rowHeight(table, i), 0);
    table.rows.forEach((row, index) => {
      const height = rowHeight(table, index);
      if (index === 0 && y + height > H + EPSILON && !empty) start = { page: page + 1, y: 0, lines: 0 };
      else if (index === 0) start = { page, y, lines: 0 };
      if (y + height <= H + EPSILON || empty) {
        y += height;
        empty = false;
        return;
      }
      if (row.cantSplit || row.header) {
        newPage();
        if (!row.header) y += repeatedHeight;
        y += height;
        empty = false;
        return;
      }
      // A row that may split: the lines that fit stay, the rest go on below the repeated header rows.
      const rest = splitRow(table, row, index, H - y);
      newPage();
      y += repeatedHeight + (rest ?? height);
      empty = false;
    });
  };

  /**
   * How tall the part of a row that goes on to the next page is, when its
   * cells' lines are split at the room left, with widow and orphan control in
   * each paragraph; undefined when a cell can keep none of its lines on the
   * page (as the least part of each cell must stay), as the row then moves.
   */
  const splitRow = (table: TableBlock, row: RowBlock, index: number, room: number): number | undefined => {
    const border = index === 0 ? table.borderTop : table.insideH;
    const last = index === table.rows.length - 1 ? table.borderBottom : 0;
    let rest = 0;
    let stays = true;
    for (const cell of row.cells) {
      let placedAny = cell.paragraphs.length === 0;
      let used = border + cell.marginTop;
      let left = 0;
      let previousAfter = 0;
      for (const p of cell.paragraphs) {
        const lines = linesOf(p, cell.width);
        if (left > 0) {
          left += Math.max(0, p.before - previousAfter) + lines * p.lineHeight + p.after + p.borderBelow;
          previousAfter = p.after;
          continue;
        }
        used += Math.max(0, p.before - previousAfter);
        let take = Math.min(lines, Math.max(0, Math.floor((room - used + EPSILON) / p.lineHeight)));
        if (take < lines) {
          if (lines - take === 1) take -= 1;
          if (take === 1) take = 0;
          take = Math.max(0, take);
        }
        if (take > 0) placedAny = true;
        used += take * p.lineHeight;
        if (take < lines) left += (lines - take) * p.lineHeight + p.after + p.borderBelow;
        else used += p.after + p.borderBelow;
        previousAfter = p.after;
      }
      rest = Math.max(rest, left > 0 ? left + cell.marginTop + cell.marginBottom : 0);
      stays &&= placedAny;
    }
    // The part on the next page has the row's border above it again.
    return stays ? border + rest + last : undefined;
  };

  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'paragraph' && block.pageBreakBefore && !empty) newPage();
    if (block.kind === 'paragraph' && block.keepNext && !empty) {
      // The chain of keepNext paragraphs and the start of the block after them go on one page when they fit on one.
      let need = spaceBefore(block) - block.before;
      let previousAfter = after;
      for (let j = i; j < blocks.length; j += 1) {
        const b = blocks[j]!;
        const collapsed = b.kind === 'paragraph' ? Math.min(previousAfter, b.before) : 0;
        if (b.kind === 'paragraph' && b.keepNext) {
          need += paragraphHeight(b, textWidth) - (j === i ? 0 : collapsed);
          previousAfter = b.after;
          continue;
        }
        need += startHeight(b) - collapsed;
        break;
      }
      if (y + need > H + EPSILON && need <= H) newPage();
    }
    if (block.kind === 'paragraph') placeParagraph(block);
    else placeTable(block);
    trace?.push(start);
  }
  return { bookmarks, pageCount: page };
}

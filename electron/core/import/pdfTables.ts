import { lineFromItems, type PdfItem, type PdfLine } from './pdfLines.ts';
import type { Box, Rule } from './pdfRules.ts';

export type PdfCell = { lines: PdfLine[]; colSpan: number; left: number; right: number; header: boolean };
export type PdfTable = { page: number; top: number; bottom: number; left: number; right: number; rows: { cells: PdfCell[] }[]; guessedColumns: boolean };

const TOL = 2;
/** Rows taller than this without a vertical border joining their rules are two separate rules, not a table. */
const MAX_LOOSE_ROW = 140;

/** Rules on one line that touch or overlap become one. */
function mergeRules(rules: Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  for (const rule of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.at - rule.at) <= TOL && rule.from <= last.to + 3) last.to = Math.max(last.to, rule.to);
    else out.push({ ...rule });
  }
  return out;
}

function cluster(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const g = groups[groups.length - 1];
    if (g && v - g[g.length - 1]! <= tol) g.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

/** Is there a vertical rule at x spanning the band between y1 (bottom) and y2 (top)? */
function verticalAt(verticals: Rule[], x: number, y1: number, y2: number): boolean {
  const mid = (y1 + y2) / 2;
  return verticals.some((v) => Math.abs(v.at - x) <= TOL + 1 && v.from <= mid && v.to >= mid);
}

/**
 * Tables drawn with borders: horizontal rules of the same width stacked
 * down the page are the row boundaries; vertical rules between them, or where
 * there are none (a table with horizontal lines only) the x positions where
 * the rows' text columns start, are the column boundaries. A missing vertical
 * border inside a row joins its cells (a column span). Lines inside a table
 * are taken out of the running text and placed in its cells.
 */
export function findTables(page: number, lines: PdfLine[], rules: Rule[], boxes: Box[]): { tables: PdfTable[]; rest: PdfLine[] } {
  const horizontals = rules.filter((r) => r.horizontal);
  const verticals = mergeRules(rules.filter((r) => !r.horizontal));
  // Shaded cells: their top and bottom edges bound rows, their sides hint at columns (but say nothing of spans).
  const boxEdges: Rule[] = [];
  for (const box of boxes) {
    horizontals.push({ horizontal: true, at: box.y2, from: box.x1, to: box.x2 }, { horizontal: true, at: box.y1, from: box.x1, to: box.x2 });
    boxEdges.push({ horizontal: false, at: box.x1, from: box.y1, to: box.y2 }, { horizontal: false, at: box.x2, from: box.y1, to: box.y2 });
  }
  const stacks = stackRules(mergeRules(horizontals).sort((a, b) => b.at - a.at), verticals, lines);
  const tables: PdfTable[] = [];
  const used = new Set<PdfLine>();
  for (const stack of stacks) {
    const table = buildTable(page, stack, verticals, mergeRules(boxEdges), lines);
    if (!table) continue;
    tables.push(table.table);
    for (const line of table.used) used.add(line);
  }
  return { tables, rest: lines.filter((l) => !used.has(l)) };
}

function stackRules(horizontals: Rule[], verticals: Rule[], lines: PdfLine[]): Rule[][] {
  const stacks: Rule[][] = [];
  for (const rule of horizontals) {
    if (rule.to - rule.from < 30) continue;
    const stack = stacks.find((s) => {
      const last = s[s.length - 1]!;
      if (Math.abs(last.from - rule.from) > 8 || Math.abs(last.to - rule.to) > 8 || last.at - rule.at < 3) return false;
      const joined = verticals.some((v) => v.from <= rule.at + TOL && v.to >= last.at - TOL && v.at >= rule.from - TOL && v.at <= rule.to + TOL);
      if (joined) return true;
      const between = lines.filter((l) => l.y < last.at && l.y > rule.at).length;
      return last.at - rule.at <= MAX_LOOSE_ROW && between <= 8;
    });
    if (stack) stack.push(rule);
    else stacks.push([rule]);
  }
  return stacks.filter((s) => s.length >= 2);
}

function buildTable(page: number, stack: Rule[], allVerticals: Rule[], boxEdges: Rule[], lines: PdfLine[]): { table: PdfTable; used: PdfLine[] } | null {
  const top = stack[0]!.at;
  const bottom = stack[stack.length - 1]!.at;
  const left = Math.min(...stack.map((r) => r.from));
  const right = Math.max(...stack.map((r) => r.to));
  const inside = lines.filter((l) => l.y < top && l.y > bottom && l.x >= left - 4 && l.x < right);
  if (inside.length === 0) return null;
  const verticals = allVerticals.filter((v) => v.at > left + 3 && v.at < right - 3 && v.to > bottom + TOL && v.from < top - TOL);
  let boundaries = cluster(
    verticals.map((v) => v.at),
    3,
  );
  let guessedColumns = false;
  const bands = stack.slice(1).map((rule, k) => ({ top: stack[k]!.at, bottom: rule.at }));
  if (boundaries.length === 0) {
    const shaded = boxEdges.filter((v) => v.at > left + 3 && v.at < right - 3 && v.to > bottom + TOL && v.from < top - TOL).map((v) => v.at);
    boundaries = cluster([...shaded, ...textColumns(inside, bands, left)], 6);
    guessedColumns = true;
  }
  if (boundaries.length === 0) return null;
  const edges = [left, ...boundaries, right];
  const rows: { cells: PdfCell[] }[] = [];
  for (const band of bands) {
    const bandLines = inside.filter((l) => l.y < band.top && l.y > band.bottom);
    const cells: PdfCell[] = [];
    for (let c = 0; c < edges.length - 1; c++) {
      const cellLeft = edges[c]!;
      let span = 1;
      // Without a border between two columns in this row, the cell spans them.
      while (!guessedColumns && c + span < edges.length - 1 && !verticalAt(allVerticals, edges[c + span]!, band.bottom, band.top)) span++;
      const cellRight = edges[c + span]!;
      cells.push({ lines: cellLines(bandLines, cellLeft, cellRight), colSpan: span, left: cellLeft, right: cellRight, header: false });
      c += span - 1;
    }
    rows.push({ cells });
  }
  // A table needs at least one row with text in two cells; one bordered box of text is a paragraph.
  if (!rows.some((r) => r.cells.filter((c) => c.lines.length > 0).length >= 2)) return null;
  const first = rows[0]!.cells.filter((c) => c.lines.length > 0);
  const boldRow = (cells: PdfCell[]) => cells.every((c) => c.lines.every((l) => l.bold));
  if (rows.length > 1 && first.length > 0 && boldRow(first) && rows.slice(1).some((r) => !boldRow(r.cells.filter((c) => c.lines.length > 0)))) {
    for (const cell of rows[0]!.cells) cell.header = true;
  }
  return { table: { page, top, bottom, left, right, rows, guessedColumns }, used: inside };
}

/** Column starts shared by the rows of a table drawn without vertical borders. */
function textColumns(lines: PdfLine[], bands: { top: number; bottom: number }[], left: number): number[] {
  const starts: number[] = [];
  const perBand = bands.map((band) => {
    const xs = new Set<number>();
    for (const line of lines.filter((l) => l.y < band.top && l.y > band.bottom)) {
      let previousEnd: number | null = null;
      for (const item of line.items) {
        if (previousEnd !== null && item.x - previousEnd > item.size * 1.6) xs.add(Math.round(item.x));
        previousEnd = item.x + item.width;
      }
    }
    return [...xs];
  });
  for (const xs of perBand) starts.push(...xs);
  const candidates = cluster(starts, 4);
  const used = perBand.filter((xs) => xs.length > 0).length;
  return candidates.filter((x) => x > left + 12 && perBand.filter((xs) => xs.some((v) => Math.abs(v - x) <= 4)).length >= Math.max(1, Math.ceil(used / 2))).map((x) => x - 3);
}

/** The part of each line that falls between two column edges, as a line of its own. */
function cellLines(lines: PdfLine[], left: number, right: number): PdfLine[] {
  const out: PdfLine[] = [];
  for (const line of lines) {
    const items = line.items.filter((i: PdfItem) => i.x + 1 >= left && i.x < right - 1);
    if (items.length === 0) continue;
    if (items.length === line.items.length) {
      out.push(line);
      continue;
    }
    const part = lineFromItems(items, line.page);
    if (part) out.push({ ...part, y: line.y, size: line.size });
  }
  return out;
}

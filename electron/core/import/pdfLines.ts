import type { Run } from './sourceDocument.ts';

/**
 * One piece of text as pdf.js places it on the page (PDF user space: y grows
 * upwards). In a tagged PDF, `block` numbers the paragraph-level element of
 * the structure tree it belongs to (a P, a heading, a list item's body, a
 * table cell's paragraph) and `heading` is that element's level (H1–H6).
 */
export type PdfItem = { text: string; x: number; y: number; width: number; size: number; bold: boolean; italic: boolean; href?: string; block?: number; heading?: number };

/** Text on one baseline, left to right; gaps wide enough to be a tab stop or a column become tabs. */
export type PdfLine = {
  page: number;
  y: number;
  x: number;
  right: number;
  size: number;
  bold: boolean;
  italic: boolean;
  text: string;
  runs: Run[];
  items: PdfItem[];
  /** The structure element most of the line's text belongs to (tagged PDF), or null. */
  block: number | null;
  /** Its heading level, H1–H6, or null. */
  heading: number | null;
};

/**
 * Groups a page's text items into lines by baseline and joins each line's
 * items in reading order: a small gap is a space, a gap of more than about
 * two characters is a tab (a tab stop, a table column, a TOC page number).
 */
export function textLines(items: PdfItem[], page: number): PdfLine[] {
  const sorted = items.filter((i) => i.text !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const anchor = group?.[0];
    if (group && anchor && Math.abs(anchor.y - item.y) <= Math.max(1.5, Math.min(anchor.size, item.size) * 0.35)) group.push(item);
    else groups.push([item]);
  }
  const lines: PdfLine[] = [];
  for (const group of groups) {
    const line = lineFromItems(group.sort((a, b) => a.x - b.x), page);
    if (line) lines.push(line);
  }
  return lines;
}

/** One line from its items, left to right. */
export function lineFromItems(items: PdfItem[], page: number): PdfLine | null {
  const runs: Run[] = [];
  const visible: PdfItem[] = [];
  let text = '';
  let end: number | null = null;
  let endSize = 0;
  for (const item of items) {
    const blank = item.text.trim() === '';
    if (blank) {
      // A wide run of spaces is how some producers lay out a tab stop.
      if (item.width > Math.max(item.size, 4) * 2 && text !== '' && !text.endsWith('\t')) append('\t', item);
      else if (text !== '' && !/\s$/.test(text)) append(' ', item);
      end = Math.max(end ?? item.x, item.x + item.width);
      continue;
    }
    if (end !== null) {
      const gap = item.x - end;
      const size = Math.max(endSize, item.size);
      if (gap > size * 1.6 && !text.endsWith('\t')) append('\t', item);
      else if (gap > size * 0.12 && !/\s$/.test(text) && !/^\s/.test(item.text)) append(' ', item);
    }
    append(item.text.replace(/\s+/g, (s) => (s.includes('\t') ? '\t' : ' ')), item);
    visible.push(item);
    end = item.x + item.width;
    endSize = item.size;
  }
  const trimmed = text.replace(/[ \t]+$/, '');
  if (trimmed.trim() === '' || visible.length === 0) return null;
  const first = visible[0]!;
  const last = visible[visible.length - 1]!;
  const chars = visible.map((v) => ({ v, n: v.text.replace(/\s/g, '').length }));
  const total = chars.reduce((a, c) => a + c.n, 0) || 1;
  const sizeCounts = new Map<number, number>();
  for (const c of chars) sizeCounts.set(round(c.v.size), (sizeCounts.get(round(c.v.size)) ?? 0) + c.n);
  const size = [...sizeCounts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const boldChars = chars.filter((c) => c.v.bold).reduce((a, c) => a + c.n, 0);
  // A list item's label may be an element of its own (Word tags `1.` as Lbl beside the text's P): the text decides.
  const blockChars = new Map<number, number>();
  for (const c of chars) if (c.v.block !== undefined) blockChars.set(c.v.block, (blockChars.get(c.v.block) ?? 0) + c.n);
  const block = [...blockChars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const heading = block === null ? null : (visible.find((v) => v.block === block)?.heading ?? null);
  const italicChars = chars.filter((c) => c.v.italic).reduce((a, c) => a + c.n, 0);
  return {
    page,
    y: first.y,
    x: first.x,
    right: last.x + last.width,
    size,
    bold: boldChars === total,
    italic: italicChars === total,
    text: trimmed.replace(/^[ \t]+/, ''),
    runs: trimRuns(runs),
    items: visible,
    block,
    heading,
  };

  function append(piece: string, item: PdfItem): void {
    text += piece;
    const last = runs[runs.length - 1];
    const format = { bold: item.bold, italic: item.italic, href: item.href };
    if (last && (piece.trim() === '' || (last.bold === (format.bold || undefined) && last.italic === (format.italic || undefined) && last.href === format.href))) last.text += piece;
    else runs.push({ text: piece, ...(format.bold ? { bold: true } : {}), ...(format.italic ? { italic: true } : {}), ...(format.href ? { href: format.href } : {}) });
  }
}

function trimRuns(runs: Run[]): Run[] {
  const out = runs.filter((r) => r.text !== '');
  while (out.length > 0 && out[0]!.text.trim() === '') out.shift();
  while (out.length > 0 && out[out.length - 1]!.text.trim() === '') out.pop();
  if (out[0]) out[0] = { ...out[0], text: out[0].text.replace(/^[ \t]+/, '') };
  const lastIndex = out.length - 1;
  if (out[lastIndex]) out[lastIndex] = { ...out[lastIndex]!, text: out[lastIndex]!.text.replace(/[ \t]+$/, '') };
  return out;
}

const round = (n: number): number => Math.round(n * 2) / 2;

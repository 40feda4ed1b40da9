import { listMarker } from '../../../shared/text/listMarker.ts';
import type { PdfLine } from './pdfLines.ts';
import { mergeRuns, paragraphBlock, plainTypeset, type ParagraphBlock, type Run } from './sourceDocument.ts';

/** The text column and the spacing of lines, measured over the whole document. */
export type PdfLayout = {
  left: number;
  right: number;
  /** The distance from one baseline to the next inside a paragraph, for a font size. */
  leading(size: number): number;
  /** The baseline of the lowest line on a full page: a paragraph ending above it does not run on to the next page. */
  pageBottom: number;
  /** Paragraphs are set apart by space, so a short line at normal spacing is a line break inside one. */
  paragraphSpacing: boolean;
  /** Heading level from the PDF's outline (bookmarks), by the heading's text. */
  outlineLevel(text: string): number | null;
  /**
   * The PDF is tagged and its structure tree marks paragraphs (its elements
   * agree with the lines the layout wraps): a line of another element starts
   * a new paragraph, and a heading element gives its level.
   */
  structure: boolean;
};

type Open = {
  lines: PdfLine[];
  runs: Run[];
  text: string;
  firstX: number;
  contX: number | null;
  /** x of the text after the last line's first tab stop: `Mødedeltagere<tab>…` wraps under its value. */
  tabX: number | null;
  size: number;
  bold: boolean;
  italic: boolean;
  newPage: boolean;
};

const TOC_LINE = /(?:\.{3,}|…+|\t)\s*\d{1,4}\s*$/;

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Lines into paragraphs, the way a reader sees them: a paragraph ends at a
 * larger gap than the line spacing, a change of size or weight, a list marker
 * hanging left of the text, a change of indent, or a short line followed by a
 * new sentence. A full last line on a page runs on onto the next page.
 */
export class PdfParagraphBuilder {
  readonly #layout: PdfLayout;
  readonly #out: ParagraphBlock[] = [];
  #open: Open | null = null;
  #pageOfLast = 0;

  constructor(layout: PdfLayout) {
    this.#layout = layout;
  }

  /** Anything that is not a line (a table) ends the paragraph. */
  close(): ParagraphBlock[] {
    this.#flush();
    return this.#out.splice(0);
  }

  add(line: PdfLine, left = this.#layout.left, right = this.#layout.right): void {
    const open = this.#open;
    const newPage = this.#pageOfLast !== 0 && line.page !== this.#pageOfLast;
    this.#pageOfLast = line.page;
    if (open && this.#continues(open, line, right, newPage)) {
      const last = open.lines[open.lines.length - 1]!;
      const full = wrapped(last, line, right);
      // `IT-` + `samarbejde`, `03-02-` + `2026`: a line broken after a hyphen runs on without a space.
      const hyphen = /[A-Za-zÆØÅæøå0-9]-$/.test(open.text) && /^[a-zæøå0-9]/.test(line.text);
      // A word broken at a soft hyphen is one word again, without the hyphen.
      const soft = open.text.endsWith('\u00ad');
      // One word wider than its column (a narrow table cell) is broken without a hyphen: its halves are one word.
      // A line that ends in punctuation ended at a word's end (`Løntilskud,` / `måltal`).
      const broken = full && !/\s/.test(last.text.trim()) && last.text.trim().length > 3 && !/[,.;:!?)\]]$/.test(last.text.trim()) && /^[a-zæøå]/.test(line.text);
      const joint = hyphen || broken || soft ? '' : full || newPage ? ' ' : '\n';
      open.runs.push({ text: joint }, ...line.runs);
      open.text += joint + line.text;
      open.lines.push(line);
      if (open.contX === null) open.contX = line.x;
      open.tabX = line.text.includes('\t') ? tabStop(line) : null;
      return;
    }
    this.#flush();
    const marker = listMarker(line.text);
    // A list item's wrapped lines line up with its text, not with its marker.
    const textX = marker ? textStart(line, marker.length) : null;
    this.#open = {
      lines: [line],
      runs: [...line.runs],
      text: line.text,
      firstX: line.x,
      contX: textX,
      tabX: line.text.includes('\t') ? tabStop(line) : null,
      size: line.size,
      bold: line.bold,
      italic: line.italic,
      newPage,
    };
    this.#leftOf.set(this.#open, left);
  }

  readonly #leftOf = new WeakMap<Open, number>();

  #continues(open: Open, line: PdfLine, right: number, newPage: boolean): boolean {
    const last = open.lines[open.lines.length - 1]!;
    if (Math.abs(line.size - open.size) > 0.6 || line.bold !== open.bold) return false;
    // The document says where its paragraphs end; a paragraph may still run on over a page, where the elements are the page's own.
    if (this.#layout.structure && !newPage && last.block !== null && line.block !== null && last.block !== line.block) return false;
    const full = wrapped(last, line, right);
    // A table-of-contents line ends with its page number: the next line is the next entry.
    if (TOC_LINE.test(last.text)) return false;
    if (newPage) {
      // Only a paragraph that fills its page to the bottom runs on onto the next one.
      if (!full || last.y > this.#layout.pageBottom + this.#layout.leading(open.size) * 2.5) return false;
    } else {
      const gap = last.y - line.y;
      if (gap <= 0 || gap > this.#layout.leading(open.size) * 1.22) return false;
    }
    const contX = open.contX ?? open.firstX;
    // A marker hanging left of the paragraph's text starts a new item; one at the text's own x after a full line is a wrapped line that begins with `1.`.
    if (listMarker(line.text) && !(full && Math.abs(line.x - contX) <= 2)) return false;
    // A value after a label and a tab wraps under itself, on the first line of a block of such lines or any later one.
    if (open.tabX !== null && Math.abs(line.x - open.tabX) <= 2.5) return true;
    if (open.contX !== null && Math.abs(line.x - open.contX) > 2.5) return false;
    if (open.contX === null && line.x > open.firstX + 2.5) return false;
    // Without space between paragraphs, a short line ending a sentence before a capital is the end of one.
    if (!this.#layout.paragraphSpacing && !full && /[.!?:]$/.test(last.text.trim()) && /^[A-ZÆØÅ0-9]/.test(line.text)) return false;
    return true;
  }

  #flush(): void {
    const open = this.#open;
    this.#open = null;
    if (!open) return;
    const left = this.#leftOf.get(open) ?? this.#layout.left;
    // Soft hyphens have done their work at the line ends.
    const text = plainTypeset(open.text);
    const runs = open.runs.map((r) => ({ ...r, text: plainTypeset(r.text) })).filter((r) => r.text !== '');
    const tagged = this.#layout.structure ? open.lines[0]!.heading : null;
    const headingLevel = tagged ?? (text.length <= 300 ? this.#layout.outlineLevel(normalise(text)) : null);
    const indent = Math.max(0, Math.round((open.firstX - left) * 10) / 10);
    this.#out.push(
      paragraphBlock({
        runs: mergeRuns(runs),
        text,
        headingLevel,
        fontSize: open.size,
        bold: open.bold,
        italic: open.italic,
        indent,
        // An indented paragraph set wholly in italics is how a quotation prints.
        ...(open.italic && indent >= 18 && !listMarker(text) ? { quote: true } : {}),
        page: open.lines[0]!.page,
        ...(open.newPage ? { newPage: true } : {}),
      }),
    );
  }
}

/**
 * The line before was broken by the layout, not by the writer: the next
 * line's first word would not have fitted at its end. A short line whose
 * successor's first word would have fitted ended where the writer ended it.
 */
export function wrapped(previous: PdfLine, line: PdfLine, right: number): boolean {
  const first = line.items[0];
  if (!first) return false;
  const charWidth = first.width / Math.max(1, first.text.length);
  const word = line.text.split(/\s/)[0] ?? '';
  // Widths are estimated from the average character, so a few characters' slack.
  return previous.right + charWidth * (word.length + 0.6) > right - charWidth * 2.5;
}

/** x of the first item after a gap wide enough to be a tab stop. */
function tabStop(line: PdfLine): number | null {
  for (let i = 1; i < line.items.length; i++) {
    const previous = line.items[i - 1]!;
    const item = line.items[i]!;
    if (item.x - (previous.x + previous.width) > item.size * 1.6) return item.x;
  }
  return null;
}

/** x where the text after a list marker begins on the line (counting visible characters: the line's spaces are not in its items). */
function textStart(line: PdfLine, markerLength: number): number | null {
  const markerChars = line.text.slice(0, markerLength).replace(/\s/g, '').length;
  let count = 0;
  for (const item of line.items) {
    const chars = item.text.replace(/\s/g, '').length;
    if (count + chars > markerChars) {
      const charWidth = item.width / Math.max(1, item.text.length);
      if (count >= markerChars) return item.x + charWidth * (item.text.length - item.text.trimStart().length);
      // The marker and its text in one item: step over the marker's characters and the spaces after it.
      const skip = item.text.length - item.text.trimStart().length;
      let i = skip;
      let seen = 0;
      while (i < item.text.length && seen < markerChars - count) {
        if (!/\s/.test(item.text[i]!)) seen++;
        i++;
      }
      while (i < item.text.length && /\s/.test(item.text[i]!)) i++;
      return item.x + charWidth * i;
    }
    count += chars;
  }
  return null;
}

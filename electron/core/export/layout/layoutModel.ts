/**
 * What the page layout needs of a paragraph or table, in twips. Read from the
 * body docx is about to write (see `readBody`), so the layout measures exactly
 * the document that is written.
 */

export type Face = { font: string; bold: boolean; italic: boolean; halfPoints: number };

export type Piece =
  | { kind: 'text'; text: string; face: Face }
  | { kind: 'tab' }
  | { kind: 'break' }
  /** An inline picture: only its width counts, as every line has an exact height. */
  | { kind: 'box'; width: number }
  /** The result of a PAGEREF field, which the layout fills in with the page it works out. */
  | { kind: 'pageRef'; bookmark: string; face: Face };

export type TabStop = { position: number; align: 'left' | 'right' | 'center' };

export type ParagraphBlock = {
  kind: 'paragraph';
  pieces: Piece[];
  /** Space before and after, and the exact height of each line. */
  before: number;
  after: number;
  lineHeight: number;
  /** Room below the last line for a bottom border and its space. */
  borderBelow: number;
  left: number;
  right: number;
  /** Where the first line starts, relative to `left` (negative for a hanging indent). */
  firstLine: number;
  tabs: TabStop[];
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  bookmarks: string[];
};

export type CellBlock = { width: number; marginTop: number; marginBottom: number; paragraphs: ParagraphBlock[] };

export type RowBlock = { cells: CellBlock[]; header: boolean; cantSplit: boolean };

export type TableBlock = { kind: 'table'; rows: RowBlock[]; borderTop: number; borderBottom: number; insideH: number };

export type Block = ParagraphBlock | TableBlock;

/** Thrown where the body holds something this layout does not measure; docx's general layout takes over then. */
export class UnsupportedLayout extends Error {}

/**
 * What a reader makes of a file, whatever its format: a flat run of blocks in
 * reading order, with what each reader could see of their look (heading level,
 * size, weight, list membership). The recogniser works on this model only, so
 * DOCX and PDF are recognised by the same rules.
 */
export type Run = {
  /** A line break inside the paragraph is `\n`. */
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  href?: string;
};

export type ListInfo = {
  ordered: boolean;
  /** 0 for the outermost list. */
  level: number;
  /** The number as it would print (`1`, `a`, `iv`) for an ordered list; the start number of its run. */
  number?: number;
  /** Paragraphs with the same key belong to the same list (one Word numbering, one indentation run). */
  key: string;
};

export type ParagraphBlock = {
  type: 'paragraph';
  runs: Run[];
  /** The paragraph's text (runs joined, whitespace kept). */
  text: string;
  /** 1–6 from a heading style, an outline level or the PDF's outline; null for body text. */
  headingLevel: number | null;
  styleName: string | null;
  /** The dominant font size in points, when the reader knows it. */
  fontSize: number | null;
  /** Every visible character is bold / italic. */
  bold: boolean;
  italic: boolean;
  list: ListInfo | null;
  /** Left indent in points (DOCX: paragraph indent; PDF: x of the first line from the text column). */
  indent: number;
  /** Style or layout says: an entry of a table of contents. */
  toc?: boolean;
  quote?: boolean;
  /** The reader starts a new page before this paragraph (page break, first line of a PDF page). */
  newPage?: boolean;
  page?: number;
};

export type TableCell = { blocks: DocBlock[]; colSpan: number; rowSpan: number; header: boolean };
export type TableRow = { cells: TableCell[] };
export type TableBlock = { type: 'table'; rows: TableRow[]; page?: number };

export type DocBlock = ParagraphBlock | TableBlock;

export type SourceDocument = {
  format: 'docx' | 'pdf';
  blocks: DocBlock[];
  /** The body text size: the size most characters are set in. */
  bodyFontSize: number | null;
  pageCount: number | null;
  /** Text of the file's own title property, if any. */
  title?: string;
};

/**
 * Characters that are the typesetter's, not the text's: a no-break space or
 * hyphen (Referent prints the title's date with them, `d.\u00a003\u201102\u20112026`;
 * Word's Ctrl+Shift+- is U+2011), a soft hyphen, a zero-width space or joiner.
 * The readers give their plain form, so dates, case numbers, headings and
 * names read, match and search as typed.
 */
const TYPESET = /[\u00a0\u2007\u202f\u2010\u2011\u00ad\u200b\u2060\ufeff]/g;
const PLAIN: Record<string, string> = { '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2010': '-', '\u2011': '-' };

/** The text in its plain form; `keepSoftHyphen` for a PDF's lines, where a soft hyphen at a line's end says the word runs on. */
export function plainTypeset(text: string, options: { keepSoftHyphen?: boolean } = {}): string {
  return text.replace(TYPESET, (ch) => PLAIN[ch] ?? (ch === '\u00ad' && options.keepSoftHyphen ? ch : ''));
}

export function paragraphBlock(fields: Partial<ParagraphBlock> & { runs: Run[] }): ParagraphBlock {
  return {
    type: 'paragraph',
    text: fields.runs.map((r) => r.text).join(''),
    headingLevel: null,
    styleName: null,
    fontSize: null,
    bold: false,
    italic: false,
    list: null,
    indent: 0,
    ...fields,
  };
}

/** All text of a document, one line per paragraph and table row; what the review screen shows beside the structure. */
export function sourcePlainText(blocks: DocBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      const text = block.text.trim();
      if (text !== '') lines.push(text);
    } else {
      for (const row of block.rows) lines.push(row.cells.map((c) => sourcePlainText(c.blocks).replace(/\n/g, ' ')).join('\t'));
    }
  }
  return lines.join('\n');
}

/** Neighbouring runs with the same look become one, so marks span whole words. */
export function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic && last.underline === run.underline && last.strike === run.strike && last.href === run.href) {
      last.text += run.text;
    } else out.push({ ...run });
  }
  return out;
}

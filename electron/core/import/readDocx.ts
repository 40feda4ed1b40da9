import JSZip from 'jszip';
import mammoth from 'mammoth';
import { readDocxNumbering, type NumberedParagraph } from './docxNumbering.ts';
import { PARAGRAPH_MARK, readDocxParagraphs, type RawParagraphProperties } from './docxParagraphs.ts';
import { readDocxStyles, type DocxStyles, type ResolvedStyle } from './docxStyles.ts';
import { ImportFailure } from './importFailure.ts';
import { mergeRuns, paragraphBlock, plainTypeset, type DocBlock, type ParagraphBlock, type Run, type SourceDocument, type TableCell } from './sourceDocument.ts';

/** mammoth's document tree as `transformDocument` hands it over (lib/documents.js). */
type MammothNode = {
  type: string;
  children?: MammothNode[];
  value?: string;
  name?: string;
  href?: string;
  anchor?: string;
  breakType?: string;
  styleId?: string | null;
  isBold?: boolean;
  isItalic?: boolean;
  isUnderline?: boolean;
  isStrikethrough?: boolean;
  fontSize?: number | null;
  numbering?: { isOrdered: boolean; level: string } | null;
  isHeader?: boolean;
  colSpan?: number;
  rowSpan?: number;
};

/** What the XML says about one paragraph that mammoth does not pass on. */
type XmlParagraph = {
  styleId: string | null;
  numbered: NumberedParagraph | null;
  outlineLevel: number | null;
  indent: number | null;
  pageBreakBefore: boolean;
};

/**
 * A DOCX through mammoth, which resolves runs, hyperlinks, fields, tables and
 * tracked changes, with the package's own styles.xml and numbering.xml for
 * what mammoth drops: heading and outline levels of custom styles, bold and
 * size set by a style, and Word's list numbering (levels, start values,
 * restarts). Each paragraph is tagged with a bookmark before mammoth reads it,
 * so the two readings are joined paragraph by paragraph, not by position;
 * document.xml is read for that in one streaming pass (docxParagraphs.ts),
 * and parsed as a tree only by mammoth.
 */
export async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportFailure('beskadiget');
  }
  const part = async (name: string): Promise<string | null> => {
    const file = zip.file(name);
    return file ? file.async('string') : null;
  };
  let documentXml: string | null;
  let stylesXml: string | null;
  let numberingXml: string | null;
  try {
    [documentXml, stylesXml, numberingXml] = await Promise.all([part('word/document.xml'), part('word/styles.xml'), part('word/numbering.xml')]);
  } catch {
    throw new ImportFailure('beskadiget');
  }
  if (documentXml === null) throw new ImportFailure('ukendtFormat');

  let styles: DocxStyles;
  let raw: RawParagraphProperties[];
  let tagged: string;
  try {
    styles = readDocxStyles(stylesXml);
    ({ paragraphs: raw, tagged } = readDocxParagraphs(documentXml));
  } catch {
    throw new ImportFailure('beskadiget');
  }
  const numbering = readDocxNumbering(numberingXml, (styleId) => styles.paragraph(styleId)?.numbering?.numId ?? null);

  // In document order, as Word counts its list numbers.
  const xmlParagraphs: XmlParagraph[] = raw.map((p) => {
    const style = styles.paragraph(p.styleId);
    const numId = p.numId ?? style?.numbering?.numId ?? null;
    const ilvl = p.ilvl ?? style?.numbering?.ilvl ?? 0;
    const numbered = numId !== null ? numbering.next(numId, ilvl) : null;
    const textIndent = p.left !== null ? p.left / 20 : (numbered?.indent ?? style?.indent ?? null);
    return {
      styleId: p.styleId,
      numbered,
      outlineLevel: p.outlineLevel,
      // A list item is placed by its number, which hangs left of its text; a paragraph under the item lines up with the text.
      indent: numbered && textIndent !== null ? textIndent - (p.hanging !== null ? p.hanging / 20 : numbered.hanging) : textIndent,
      pageBreakBefore: p.pageBreakBefore,
    };
  });
  zip.file('word/document.xml', tagged);
  const taggedZip = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });

  let tree: MammothNode | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: taggedZip },
      {
        // The tree is all we need: handing back an empty document skips mammoth's HTML writing.
        transformDocument: (element: MammothNode) => {
          tree = element;
          return { ...element, children: [] };
        },
      },
    );
  } catch {
    throw new ImportFailure('beskadiget');
  }
  if (!tree) throw new ImportFailure('beskadiget');

  const reader = new BlockReader(styles, xmlParagraphs);
  const blocks = reader.blocks(tree.children ?? []);
  return { format: 'docx', blocks, bodyFontSize: reader.bodyFontSize(), pageCount: null };
}

class BlockReader {
  #styles: DocxStyles;
  #xml: XmlParagraph[];
  #sizes = new Map<number, number>();
  #pendingPageBreak = false;

  constructor(styles: DocxStyles, xml: XmlParagraph[]) {
    this.#styles = styles;
    this.#xml = xml;
  }

  bodyFontSize(): number | null {
    let best: number | null = null;
    let count = 0;
    for (const [size, n] of this.#sizes) {
      if (n > count) {
        best = size;
        count = n;
      }
    }
    return best;
  }

  blocks(nodes: MammothNode[]): DocBlock[] {
    const out: DocBlock[] = [];
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        const block = this.#paragraph(node);
        if (block) out.push(block);
      } else if (node.type === 'table') {
        out.push({ type: 'table', rows: (node.children ?? []).filter((r) => r.type === 'tableRow').map((row) => ({ cells: this.#cells(row) })) });
      } else if (node.children) {
        out.push(...this.blocks(node.children));
      }
    }
    return out;
  }

  #cells(row: MammothNode): TableCell[] {
    return (row.children ?? [])
      .filter((c) => c.type === 'tableCell')
      .map((cell) => ({ blocks: this.blocks(cell.children ?? []), colSpan: cell.colSpan ?? 1, rowSpan: cell.rowSpan ?? 1, header: row.isHeader === true }));
  }

  #paragraph(node: MammothNode): ParagraphBlock | null {
    let index = -1;
    const runs: Run[] = [];
    const sizes: { size: number; chars: number }[] = [];
    let breakAfter = false;
    let styledBold = 0;
    let styledItalic = 0;
    const style = () => this.#styles.paragraph(index >= 0 ? (this.#xml[index]?.styleId ?? null) : (node.styleId ?? null));
    const visit = (n: MammothNode, href: string | undefined): void => {
      if (n.type === 'bookmarkStart' && n.name?.startsWith(PARAGRAPH_MARK)) {
        // The paragraph's own mark is its last: mammoth puts a deleted paragraph's content (and mark) before the next one's.
        index = Number(n.name.slice(PARAGRAPH_MARK.length));
        return;
      }
      if (n.type === 'hyperlink') {
        for (const c of n.children ?? []) visit(c, n.href ?? href);
        return;
      }
      if (n.type === 'run') {
        const paragraphStyle = style();
        const characterStyle = this.#styles.character(n.styleId ?? null);
        const size = n.fontSize ?? characterStyle?.fontSize ?? paragraphStyle?.fontSize ?? this.#styles.defaultFontSize;
        let text = '';
        for (const c of n.children ?? []) {
          if (c.type === 'text') text += plainTypeset(c.value ?? '');
          else if (c.type === 'tab') text += '\t';
          else if (c.type === 'break') {
            if (c.breakType === 'page') breakAfter = true;
            else text += '\n';
          } else if (c.type === 'checkbox') text += '☐';
        }
        if (text === '') return;
        // Marks are what the writer set on the text; a heading style's bold is the heading's look, kept apart.
        const format = {
          bold: n.isBold === true || characterStyle?.bold === true,
          italic: n.isItalic === true || characterStyle?.italic === true,
          underline: n.isUnderline === true,
          strike: n.isStrikethrough === true,
        };
        if (format.bold || paragraphStyle?.bold === true) styledBold += text.replace(/\s/g, '').length;
        if (format.italic || paragraphStyle?.italic === true) styledItalic += text.replace(/\s/g, '').length;
        runs.push({ text, ...(format.bold ? { bold: true } : {}), ...(format.italic ? { italic: true } : {}), ...(format.underline ? { underline: true } : {}), ...(format.strike ? { strike: true } : {}), ...(href ? { href } : {}) });
        const visible = text.replace(/\s/g, '').length;
        if (visible > 0) sizes.push({ size, chars: visible });
        return;
      }
      for (const c of n.children ?? []) visit(c, href);
    };
    for (const c of node.children ?? []) visit(c, undefined);

    const xml = index >= 0 ? this.#xml[index] : undefined;
    const paragraphStyle = style();
    const newPage = this.#pendingPageBreak || xml?.pageBreakBefore === true;
    this.#pendingPageBreak = breakAfter;
    const text = runs.map((r) => r.text).join('');
    if (text.trim() === '') {
      // An empty paragraph carries its page break on to the next one.
      this.#pendingPageBreak ||= newPage;
      return null;
    }
    const fontSize = dominant(sizes);
    if (fontSize !== null) {
      const chars = sizes.reduce((a, s) => a + s.chars, 0);
      this.#sizes.set(fontSize, (this.#sizes.get(fontSize) ?? 0) + chars);
    }
    const visible = runs.reduce((n, r) => n + r.text.replace(/\s/g, '').length, 0);
    return paragraphBlock({
      runs: mergeRuns(runs),
      headingLevel: headingLevel(xml, paragraphStyle),
      styleName: paragraphStyle?.name ?? null,
      fontSize,
      bold: visible > 0 && styledBold === visible,
      italic: visible > 0 && styledItalic === visible,
      list: listOf(xml, node),
      indent: xml?.indent ?? paragraphStyle?.indent ?? 0,
      ...(paragraphStyle?.toc ? { toc: true } : {}),
      ...(paragraphStyle?.quote ? { quote: true } : {}),
      ...(newPage ? { newPage: true } : {}),
    });
  }
}

function headingLevel(xml: XmlParagraph | undefined, style: ResolvedStyle | null): number | null {
  if (xml?.outlineLevel !== null && xml?.outlineLevel !== undefined && xml.outlineLevel < 9) return xml.outlineLevel + 1;
  if (style?.title) return null;
  return style?.headingLevel ?? null;
}

function listOf(xml: XmlParagraph | undefined, node: MammothNode): ParagraphBlock['list'] {
  if (xml?.numbered) return { ordered: xml.numbered.ordered, level: xml.numbered.level, number: xml.numbered.number, key: xml.numbered.key };
  // mammoth found numbering the XML reading did not (a level bound to a style in numbering.xml).
  if (node.numbering) return { ordered: node.numbering.isOrdered, level: Number(node.numbering.level) || 0, key: 'mammoth' };
  return null;
}

function dominant(sizes: { size: number; chars: number }[]): number | null {
  const totals = new Map<number, number>();
  for (const s of sizes) totals.set(s.size, (totals.get(s.size) ?? 0) + s.chars);
  let best: number | null = null;
  let count = 0;
  for (const [size, n] of totals) {
    if (n > count) {
      best = size;
      count = n;
    }
  }
  return best;
}

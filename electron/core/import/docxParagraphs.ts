import { SaxesParser, type SaxesAttributeNS } from 'saxes';
import { W_NS } from './docxXml.ts';

/** What `w:pPr` says of one paragraph, read straight from document.xml. */
export type RawParagraphProperties = {
  styleId: string | null;
  numId: string | null;
  ilvl: number | null;
  /** Twips. */
  left: number | null;
  hanging: number | null;
  outlineLevel: number | null;
  pageBreakBefore: boolean;
};

export const PARAGRAPH_MARK = '_referent_p';

/**
 * One pass over document.xml with a streaming parser: the properties of
 * every paragraph (`w:p`, text boxes and table cells included, in document
 * order) and the same XML with a bookmark named `_referent_p<n>` at the start
 * of paragraph n, so that mammoth's reading of the paragraphs can be joined
 * with this one paragraph by paragraph. The bookmarks are spliced into the
 * text at the offsets the parser reports, so the document is neither built
 * as a tree nor written out again. The bookmark declares the
 * WordprocessingML namespace itself, whatever prefix the document uses.
 */
export function readDocxParagraphs(xml: string): { paragraphs: RawParagraphProperties[]; tagged: string } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const paragraphs: RawParagraphProperties[] = [];
  const pieces: string[] = [];
  let copied = 0;
  /** The open elements' local names in the W namespace (others as ''), and the paragraph each `w:p` is. */
  const stack: { local: string; paragraph: RawParagraphProperties | null }[] = [];
  parser.on('opentag', (node) => {
    const local = node.uri === W_NS ? node.local : '';
    let paragraph: RawParagraphProperties | null = null;
    if (local === 'p') {
      paragraph = { styleId: null, numId: null, ilvl: null, left: null, hanging: null, outlineLevel: null, pageBreakBefore: false };
      const mark = `<rfx:bookmarkStart xmlns:rfx="${W_NS}" rfx:id="${900000 + paragraphs.length}" rfx:name="${PARAGRAPH_MARK}${paragraphs.length}"/>`;
      paragraphs.push(paragraph);
      if (node.isSelfClosing) {
        // `<w:p/>`: opened and closed around its bookmark. An attribute value holds no `<`, so the last one starts the tag.
        const start = xml.lastIndexOf('<', parser.position - 1);
        const tagText = xml.slice(start, parser.position).replace(/\s*\/>$/, '>');
        pieces.push(xml.slice(copied, start), tagText, mark, `</${node.name}>`);
      } else pieces.push(xml.slice(copied, parser.position), mark);
      copied = parser.position;
    } else properties(stack, local, node.attributes);
    stack.push({ local, paragraph });
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  // A document that is not well-formed XML throws here.
  parser.write(xml).close();
  pieces.push(xml.slice(copied));
  return { paragraphs, tagged: pieces.join('') };
}

type Attributes = Record<string, SaxesAttributeNS>;

const attr = (attributes: Attributes, local: string): string | null => {
  for (const a of Object.values(attributes)) if (a.uri === W_NS && a.local === local) return a.value;
  return null;
};

function numberOf(value: string | null): number | null {
  if (value === null) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** A property element directly in a paragraph's own `w:pPr` (not in `w:pPrChange`'s old one, nor in a run's). */
function properties(stack: { local: string; paragraph: RawParagraphProperties | null }[], local: string, attributes: Attributes): void {
  const depth = stack.length;
  const parent = stack[depth - 1];
  const grand = stack[depth - 2];
  if (parent?.local === 'pPr' && grand?.paragraph) {
    // The first of each, as Word reads a property given twice.
    const p = grand.paragraph;
    const seen = seenOf(p);
    if (seen.has(local)) return;
    seen.add(local);
    if (local === 'pStyle') p.styleId = attr(attributes, 'val');
    else if (local === 'ind') {
      p.left = numberOf(attr(attributes, 'left') ?? attr(attributes, 'start'));
      p.hanging = numberOf(attr(attributes, 'hanging'));
    } else if (local === 'outlineLvl') p.outlineLevel = numberOf(attr(attributes, 'val'));
    else if (local === 'pageBreakBefore') {
      const value = attr(attributes, 'val');
      p.pageBreakBefore = value === null || !['0', 'false', 'off', 'none'].includes(value);
    }
    return;
  }
  const great = stack[depth - 3];
  if (parent?.local === 'numPr' && grand?.local === 'pPr' && great?.paragraph) {
    const seen = seenOf(great.paragraph);
    if (seen.has(`numPr/${local}`)) return;
    seen.add(`numPr/${local}`);
    if (local === 'numId') great.paragraph.numId = attr(attributes, 'val');
    else if (local === 'ilvl') great.paragraph.ilvl = numberOf(attr(attributes, 'val'));
  }
}

const seenProperties = new WeakMap<RawParagraphProperties, Set<string>>();
function seenOf(paragraph: RawParagraphProperties): Set<string> {
  let seen = seenProperties.get(paragraph);
  if (!seen) seenProperties.set(paragraph, (seen = new Set()));
  return seen;
}

import { describe, expect, it } from 'vitest';
import { lineFromItems, type PdfItem, type PdfLine } from '../../../electron/core/import/pdfLines.ts';
import { PdfParagraphBuilder, type PdfLayout } from '../../../electron/core/import/pdfParagraphs.ts';
import { MarkedContentTracker, structBlocks, type StructNode } from '../../../electron/core/import/pdfStructure.ts';
import { structureMarksParagraphs } from '../../../electron/core/import/readPdf.ts';

const RIGHT = 500;
const layout = (structure: boolean): PdfLayout => ({ left: 72, right: RIGHT, leading: () => 14, pageBottom: 60, paragraphSpacing: true, outlineLevel: () => null, structure });

/** A line of 11 pt text at y, as wide as `full` says (to the margin, or short), in structure element `block`. */
function line(text: string, y: number, options: { block?: number; heading?: number; full?: boolean; page?: number } = {}): PdfLine {
  const width = options.full ? RIGHT - 72 : text.length * 5;
  const item: PdfItem = { text, x: 72, y, width, size: 11, bold: false, italic: false, ...(options.block !== undefined ? { block: options.block } : {}), ...(options.heading ? { heading: options.heading } : {}) };
  return lineFromItems([item], options.page ?? 1)!;
}

const paragraphs = (structure: boolean, lines: PdfLine[]) => {
  const builder = new PdfParagraphBuilder(layout(structure));
  for (const l of lines) builder.add(l);
  return builder.close().map((b) => [b.text, b.headingLevel]);
};

describe('a tagged PDF’s structure tree', () => {
  it('numbers each paragraph-level element and gives headings their level; Span, Link and Lbl belong to the paragraph around them', () => {
    const tree: StructNode = {
      role: 'Root',
      children: [
        {
          role: 'Document',
          children: [
            { role: 'H4', children: [{ type: 'content', id: 'mc0' }] },
            { role: 'P', children: [{ type: 'content', id: 'mc1' }, { role: 'Link', children: [{ type: 'content', id: 'mc2' }] }] },
            { role: 'L', children: [{ role: 'LI', children: [{ role: 'Lbl', children: [{ type: 'content', id: 'mc3' }] }, { role: 'LBody', children: [{ role: 'P', children: [{ type: 'content', id: 'mc4' }] }] }] }] },
          ],
        },
      ],
    };
    const { blocks, nextId } = structBlocks(tree, 10);
    expect(blocks.get('mc0')).toEqual({ block: expect.any(Number), heading: 4 });
    expect(blocks.get('mc1')!.block).toBe(blocks.get('mc2')!.block);
    expect(blocks.get('mc1')!.heading).toBeNull();
    expect(blocks.get('mc3')!.block).not.toBe(blocks.get('mc4')!.block);
    expect(Math.min(...[...blocks.values()].map((b) => b.block))).toBeGreaterThanOrEqual(10);
    expect(nextId).toBeGreaterThan(10);
    expect(structBlocks(null, 3)).toEqual({ blocks: new Map(), nextId: 3 });
  });

  it('follows marked content to the innermost id, through artifacts and nesting', () => {
    const tracker = new MarkedContentTracker();
    const seen: (string | null)[] = [];
    for (const item of [
      { type: 'beginMarkedContent', tag: 'Artifact' },
      { str: 'Side 1 af 3' },
      { type: 'endMarkedContent' },
      { type: 'beginMarkedContentProps', id: 'p1R_mc0', tag: 'H1' },
      { str: 'Punkt 1' },
      { type: 'beginMarkedContent', tag: 'Span' },
      { str: ': Budget' },
      { type: 'endMarkedContent' },
      { type: 'endMarkedContent' },
    ]) {
      if (!tracker.take(item)) seen.push(tracker.current());
    }
    expect(seen).toEqual([null, 'p1R_mc0', 'p1R_mc0']);
  });

  it('splits paragraphs where the elements change even when the lines sit at text spacing, and gives a heading element its level', () => {
    // Two paragraphs in a table cell with no space between them: geometry alone reads one paragraph with a line break.
    const lines = [line('Kl. 09.00 – 15.00', 700, { block: 1 }), line('Lederne arbejder på tværs af områderne.', 686, { block: 2 }), line('Baggrund', 660, { block: 3, heading: 4 })];
    expect(paragraphs(true, lines)).toEqual([
      ['Kl. 09.00 – 15.00', null],
      ['Lederne arbejder på tværs af områderne.', null],
      ['Baggrund', 4],
    ]);
    expect(paragraphs(false, lines)[0]).toEqual(['Kl. 09.00 – 15.00\nLederne arbejder på tværs af områderne.', null]);
  });

  it('keeps a line break inside one element, and a paragraph running on over a page, where each page has elements of its own', () => {
    expect(paragraphs(true, [line('Aften:', 700, { block: 1 }), line('Fællesspisning', 686, { block: 1 })])).toEqual([['Aften:\nFællesspisning', null]]);
    const full = 'ord '.repeat(100).trim();
    expect(paragraphs(true, [line(full, 61, { block: 1, full: true }), line('fortsat på næste side.', 780, { block: 2, page: 2 })])).toEqual([[`${full} fortsat på næste side.`, null]]);
  });

  it('is trusted only when the lines the layout wraps stay in one element', () => {
    const wrappedPairs = (sameBlock: boolean) =>
      Array.from({ length: 8 }, (_, i) => line(`linje ${i} der fylder hele bredden`, 700 - i * 14, { block: sameBlock ? 1 : i, full: true }));
    expect(structureMarksParagraphs(wrappedPairs(true), RIGHT, () => 14)).toBe(true);
    // A producer that tags every line as a paragraph of its own.
    expect(structureMarksParagraphs(wrappedPairs(false), RIGHT, () => 14)).toBe(false);
    // No tags at all.
    const untagged = Array.from({ length: 8 }, (_, i) => line(`linje ${i}`, 700 - i * 14, { full: true }));
    expect(structureMarksParagraphs(untagged, RIGHT, () => 14)).toBe(false);
  });
});

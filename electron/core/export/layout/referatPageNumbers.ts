import type { EstimatedPageNumbers, INumberingOptions, IStylesOptions, PageNumberEstimator } from 'docx';
import { UnsupportedLayout } from './layoutModel.ts';
import { paginate, type PageGeometry } from './paginate.ts';
import { readBody } from './readBody.ts';

type XmlNode = Record<string, unknown>;

export type ReferatPageNumbersOptions = {
  styles: IStylesOptions;
  numbering: INumberingOptions;
  /** Lays out what this layout does not model (a font we carry no widths for, a character outside them). */
  fallback: PageNumberEstimator;
  /** Told which layout worked out the numbers, and why the fallback was needed; for tests and the bench. */
  onLayout?: (used: 'referat' | 'fallback', reason?: string) => void;
};

/** Passes until the TOC's page numbers stop changing its own lines: a number one digit wider can wrap an entry. */
const MAX_PASSES = 3;

function geometryOf(body: XmlNode): PageGeometry {
  const children = (body['w:body'] as XmlNode[] | undefined) ?? [];
  const sections = children.filter((c) => 'w:sectPr' in c);
  if (sections.length !== 1) throw new UnsupportedLayout('a body of more than one section');
  const parts = (sections[0]!['w:sectPr'] as XmlNode[]).filter((c) => typeof c === 'object');
  const attrs = (name: string) => ((parts.find((c) => name in c)?.[name] as { _attr?: Record<string, number> } | undefined)?._attr ?? {});
  const size = attrs('w:pgSz');
  const margin = attrs('w:pgMar');
  if (parts.some((c) => 'w:cols' in c)) throw new UnsupportedLayout('columns');
  return {
    textWidth: Number(size['w:w']) - Number(margin['w:left']) - Number(margin['w:right']) - Number(margin['w:gutter'] ?? 0),
    bodyHeight: Number(size['w:h']) - Number(margin['w:top']) - Number(margin['w:bottom']),
  };
}

/**
 * The page numbers of the referat's TOC, worked out by a layout of our own
 * documents: exact line heights (see `exactSpacing`), fixed tables, and the
 * widths of Calibri, Arial, Times New Roman and Courier New. Everything it
 * reads is one of the few constructs our builders write, so it can lay the
 * pages out in a few milliseconds where docx's general layout of any Word
 * document takes a second for 30 items. Whatever it does not model goes to
 * the fallback, so a number is never a guess where docx's would not be.
 *
 * The header must fit within the top margin (it is one line of 9 pt), as the
 * body's height is taken from the page size and margins.
 */
export function referatPageNumbers({ styles, numbering, fallback, onLayout }: ReferatPageNumbersOptions): PageNumberEstimator {
  return (body, context): EstimatedPageNumbers => {
    try {
      const xml = body as unknown as XmlNode;
      const geometry = geometryOf(xml);
      const blocks = readBody(xml, { styles, numbering });
      let numbers = new Map<string, number>();
      let pageCount = 0;
      for (let pass = 0; pass < MAX_PASSES; pass += 1) {
        const known = numbers;
        const laid = paginate(blocks, geometry, (bookmark) => String(known.get(bookmark) ?? ''));
        const same = laid.bookmarks.size === numbers.size && [...laid.bookmarks].every(([name, page]) => numbers.get(name) === page);
        numbers = laid.bookmarks;
        pageCount = laid.pageCount;
        if (same) break;
      }
      onLayout?.('referat');
      return {
        bookmarks: new Map([...numbers].map(([name, page]) => [name, String(page)])),
        bookmarkPageNumbers: numbers,
        pageCount,
        sectionPageCounts: [pageCount],
      };
    } catch (error) {
      if (!(error instanceof UnsupportedLayout)) throw error;
      onLayout?.('fallback', error.message);
      return fallback(body, context);
    }
  };
}

import type { IRunStylePropertiesOptions, ISpacingProperties, IStylesOptions } from 'docx';
import { LineRuleType } from 'docx';
import { TEXT_WIDTH } from './pageLayout.ts';

export const LANGUAGE = 'da-DK';
/** The default font; a committee's template may choose another (see `DOCUMENT_FONTS`). */
export const BODY_FONT = 'Calibri';
export const HEADING_COLOR = '1F3864';
export const MUTED_COLOR = '595959';
export const RULE_COLOR = 'A6A6A6';

/**
 * Spacing with an exact line height, in points. Word and LibreOffice disagree
 * on the height of a "single" Calibri line (Word 13.4 pt, LibreOffice 12 pt
 * for 11 pt text), so with auto line spacing their pages break differently and
 * the TOC numbers written for Word would not be LibreOffice's. With exact line
 * heights both lay out the same lines on the same pages.
 */
export function exactSpacing(linePt: number, before = 0, after = 0): ISpacingProperties {
  return { before, after, line: Math.round(linePt * 20), lineRule: LineRuleType.EXACT };
}

export const BODY_LINE_PT = 14.5;

/** Style ids used by the builders; Heading1–5, Title and Hyperlink are Word's built-in ids. */
export const STYLE = {
  caseNumber: 'Sagsnummer',
  itemNote: 'Punktnote',
  frontLine: 'Forsideoplysning',
  tocHeading: 'TOCHeading',
  tocEntry: 'TOC1',
  tableText: 'Tabeltekst',
  quote: 'Quote',
  code: 'Kode',
  headerFooter: 'SidehovedFod',
} as const;

/** Width of the label column in the front block (`Mødedeltagere` in 11 pt bold plus a gap). */
export const FRONT_LABEL_WIDTH = 1985;

// Every style carries the language, not only the defaults, so a paragraph pasted
// into Word with "keep source formatting" still spell-checks as Danish.
/**
 * All styles, body and headings alike, in the template's font. Line heights
 * are exact (see `exactSpacing`), so a font with taller ascenders than Calibri
 * changes where lines break across the width, never how tall a line is.
 */
export function referatStyles(font: string = BODY_FONT): IStylesOptions {
  const run = (options: IRunStylePropertiesOptions = {}): IRunStylePropertiesOptions => ({
    font,
    language: { value: LANGUAGE },
    ...options,
  });
  const heading = (size: number, options: IRunStylePropertiesOptions = {}): IRunStylePropertiesOptions =>
    run({ bold: true, size, color: HEADING_COLOR, ...options });
  return {
    default: {
      document: {
        run: run({ size: 22, color: '000000' }),
        paragraph: { spacing: exactSpacing(BODY_LINE_PT, 0, 120) },
      },
      title: {
        run: heading(32),
        paragraph: { spacing: exactSpacing(20, 0, 360), keepNext: true },
      },
      heading1: {
        run: heading(30),
        paragraph: { spacing: exactSpacing(18.5, 0, 60), keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: heading(24),
        paragraph: { spacing: exactSpacing(15.5, 280, 80), keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      heading3: {
        run: heading(23, { color: '000000' }),
        paragraph: { spacing: exactSpacing(15, 200, 60), keepNext: true, keepLines: true, outlineLevel: 2 },
      },
      heading4: {
        run: heading(22, { color: '000000' }),
        paragraph: { spacing: exactSpacing(BODY_LINE_PT, 160, 40), keepNext: true, keepLines: true, outlineLevel: 3 },
      },
      heading5: {
        run: heading(22, { color: '000000', italics: true }),
        paragraph: { spacing: exactSpacing(BODY_LINE_PT, 160, 40), keepNext: true, keepLines: true, outlineLevel: 4 },
      },
      listParagraph: { run: run(), paragraph: { spacing: exactSpacing(BODY_LINE_PT, 0, 60) } },
      hyperlink: { run: run({ color: '0B5394', underline: {} }) },
    },
    paragraphStyles: [
      {
        id: STYLE.caseNumber,
        name: 'Sagsnummer',
        basedOn: 'Normal',
        next: 'Normal',
        run: run({ size: 20, color: MUTED_COLOR }),
        paragraph: { spacing: exactSpacing(13, 0, 240), keepNext: true },
      },
      {
        // `Punktet blev udsat til mødet den …`: a remark about the item, not part of its text.
        id: STYLE.itemNote,
        name: 'Punktnote',
        basedOn: 'Normal',
        next: 'Normal',
        run: run({ italics: true }),
        paragraph: { spacing: exactSpacing(BODY_LINE_PT, 0, 120) },
      },
      {
        id: STYLE.frontLine,
        name: 'Forsideoplysning',
        basedOn: 'Normal',
        run: run(),
        paragraph: {
          spacing: exactSpacing(BODY_LINE_PT, 0, 100),
          indent: { left: FRONT_LABEL_WIDTH, hanging: FRONT_LABEL_WIDTH },
          leftTabStop: FRONT_LABEL_WIDTH,
        },
      },
      {
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: STYLE.tocEntry,
        run: heading(28),
        paragraph: { spacing: exactSpacing(17.5, 0, 240), keepNext: true },
      },
      {
        id: STYLE.tocEntry,
        name: 'toc 1',
        basedOn: 'Normal',
        run: run(),
        paragraph: {
          spacing: exactSpacing(BODY_LINE_PT, 0, 100),
        },
      },
      {
        id: STYLE.tableText,
        name: 'Tabeltekst',
        basedOn: 'Normal',
        run: run(),
        paragraph: { spacing: exactSpacing(14, 20, 20) },
      },
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        run: run({ italics: true, color: '404040' }),
        paragraph: {
          spacing: exactSpacing(BODY_LINE_PT, 0, 120),
          indent: { left: 567, right: 567 },
          border: { left: { style: 'single', size: 12, color: 'BFBFBF', space: 8 } },
        },
      },
      {
        id: STYLE.code,
        name: 'Kode',
        basedOn: 'Normal',
        run: run({ font: 'Courier New', size: 19 }),
        paragraph: { spacing: exactSpacing(12.5) },
      },
      {
        id: STYLE.headerFooter,
        name: 'Sidehoved og -fod',
        basedOn: 'Normal',
        run: run({ size: 18, color: MUTED_COLOR }),
        paragraph: {
          spacing: exactSpacing(11.5),
          rightTabStop: TEXT_WIDTH,
        },
      },
    ],
  };
}

/**
 * A4 with 2.5 cm margins. The text width is needed when the document is built
 * (table column widths, the TOC's right tab stop), so it is fixed here rather
 * than left to Word's defaults.
 */
export const PAGE_WIDTH = 11906;
export const PAGE_HEIGHT = 16838;
export const PAGE_MARGIN = 1418;
export const HEADER_FOOTER_DISTANCE = 709;
export const TEXT_WIDTH = PAGE_WIDTH - 2 * PAGE_MARGIN;

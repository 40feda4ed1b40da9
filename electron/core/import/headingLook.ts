import type { ParagraphBlock } from './sourceDocument.ts';

/** How a heading looks, to tell a section heading from a sub-heading below it. */
export type HeadingLook = { level: number | null; size: number; bold: boolean; italic: boolean };

export function lookOf(block: ParagraphBlock, bodySize: number): HeadingLook {
  return { level: block.headingLevel, size: Math.round((block.fontSize ?? bodySize) * 2) / 2, bold: block.bold, italic: block.italic };
}

export function sameLook(a: HeadingLook, b: HeadingLook): boolean {
  if (a.level !== null && b.level !== null) return a.level === b.level;
  return Math.abs(a.size - b.size) < 0.75 && a.bold === b.bold && a.italic === b.italic;
}

/** `look` sits below `section` in the hierarchy: a deeper heading level, a smaller size, or italic where the sections are not. */
export function isBelow(look: HeadingLook, section: HeadingLook): boolean {
  if (look.level !== null && section.level !== null) return look.level > section.level;
  if (look.size < section.size - 0.75) return true;
  if (look.size > section.size + 0.75) return false;
  if (section.bold && !look.bold) return true;
  return look.italic && !section.italic;
}

const MAX_HEADING_LENGTH = 160;

/**
 * A paragraph that looks like a heading: a heading style or outline level, or,
 * in files without them, a short line set wholly in bold or clearly larger
 * than the body text, not a list item and not ending like a sentence.
 */
export function looksLikeHeading(block: ParagraphBlock, bodySize: number): boolean {
  const text = block.text.trim();
  if (text === '' || text.length > MAX_HEADING_LENGTH || block.toc || block.list || block.quote) return false;
  if (block.headingLevel !== null) return true;
  if (text.includes('\n') || text.includes('\t')) return false;
  const larger = block.fontSize !== null && block.fontSize >= bodySize + 1;
  if (!block.bold && !larger && !block.italic) return false;
  if (/[.,;]$/.test(text) && !/\b(?:nr|pkt|d)\.$/i.test(text)) return false;
  // An italic line of body size is a heading only when it is short: `(20 min.)` and quotes are not.
  if (!block.bold && !larger) return text.length <= 80 && !/^\(.*\)$/.test(text) && /^[A-ZÆØÅ§]/.test(text);
  return true;
}

export type ListMarker = {
  ordered: boolean;
  /** The item's number for an ordered list (`3.` → 3, `c)` → 3). */
  number: number;
  /** `bullet`, `decimal` or `letter`: a change of kind at the same indent starts a nested list. */
  kind: 'bullet' | 'decimal' | 'letter';
  /** The text after the marker and its space. */
  rest: string;
  /** Characters taken by the marker and the spaces after it. */
  length: number;
};

const BULLETS = new Set(['-', '–', '•', '·', '▪', '◦', '○', '●', '■', '□', '➢', '►', '*', '', '', '', '']);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The list marker a line begins with, as typed or as left by a PDF: `- `, `• `,
 * `1. `, `1) `, `a) `, `(a) `. Checks a few characters at the start only, so a
 * long line costs nothing extra. A number must be followed by a space or tab
 * and text, so `2026. …` or `1.000 kr.` are not lists.
 */
export function listMarker(line: string): ListMarker | null {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  const start = i;
  const ch = line[i];
  if (ch === undefined) return null;
  let marker: Omit<ListMarker, 'rest' | 'length'> | null = null;
  if (BULLETS.has(ch)) {
    marker = { ordered: false, number: 1, kind: 'bullet' };
    i += 1;
  } else if (ch >= '0' && ch <= '9') {
    let j = i;
    while (j < line.length && j - i < 3 && line[j]! >= '0' && line[j]! <= '9') j++;
    if (line[j] === '.' || line[j] === ')') {
      marker = { ordered: true, number: Number(line.slice(i, j)), kind: 'decimal' };
      i = j + 1;
    }
  } else {
    const open = ch === '(' ? 1 : 0;
    const letter = line[i + open]?.toLowerCase();
    const index = letter ? LETTERS.indexOf(letter) : -1;
    if (index >= 0 && line[i + open + 1] === ')') {
      marker = { ordered: true, number: index + 1, kind: 'letter' };
      i += open + 2;
    }
  }
  if (!marker) return null;
  const afterMarker = i;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  // A marker needs a space after it and text after that.
  if (i === afterMarker || i >= line.length) return null;
  return { ...marker, rest: line.slice(i), length: i - start };
}

import { describe, expect, it } from 'vitest';
import { countLines } from '../../../electron/core/export/layout/breakLines.ts';
import type { ParagraphBlock, Piece } from '../../../electron/core/export/layout/layoutModel.ts';
import { measurer } from '../../../electron/core/export/layout/measureText.ts';

const calibri = { font: 'Calibri', bold: false, italic: false, halfPoints: 22 };

function paragraph(text: string): ParagraphBlock {
  const pieces: Piece[] = [{ kind: 'text', text, face: calibri }];
  return {
    kind: 'paragraph', pieces, before: 0, after: 0, lineHeight: 280, borderBelow: 0, left: 0, right: 0, firstLine: 0,
    tabs: [], keepNext: false, keepLines: false, pageBreakBefore: false, bookmarks: [],
  };
}

const lines = (text: string, width: number) => countLines(paragraph(text), width, () => '');

// Calibri 11 pt: `a` is 981/2048 em ≈ 105.4 twips, a space ≈ 49.7, `.` ≈ 55.5.
describe('breaking lines as Word and LibreOffice do', () => {
  it('breaks at spaces, a space at the end of a line taking no room', () => {
    expect(lines('aaaa aaaa', 9 * 105.5)).toBe(1);
    expect(lines('aaaa aaaa', 8 * 105.5)).toBe(2);
  });

  it('breaks after a hyphen, but not before a digit (2026-2029 stays whole)', () => {
    expect(lines('aaaa-aaaa', 6 * 105.5)).toBe(2);
    const years = '2026-2029';
    expect(lines(years, 5 * 105.5)).toBe(2); // split between characters, not at the hyphen
  });

  it('never breaks at a no-break space or a non-breaking hyphen, which take a space’s and a hyphen’s room', () => {
    // `aaaa aaaa` breaks at its space, `aaaa\u00a0aaaa` does not: it moves whole, then splits between characters.
    expect(lines('b aaaa aaaa', 10 * 105.5)).toBe(2);
    expect(lines('b aaaa\u00a0aaaa', 10 * 105.5)).toBe(2);
    expect(lines('b aaaa-aaaa', 7 * 105.5)).toBe(2);
    expect(lines('b aaaa\u2011aaaa', 7 * 105.5)).toBe(3);
    // The same widths: a title with the no-break characters is exactly as wide as with plain ones.
    const measure = measurer(calibri);
    expect(measure('d.\u00a003\u201102\u20112026')).toBe(measure('d. 03-02-2026'));
  });

  it('breaks a word wider than the line between characters, so each line holds whole characters', () => {
    // 1,010 twips hold 9 a's (949); 18 a's fill two lines, and the space and full stop after them
    // (1,054) need a third. Splitting the width as if characters could be cut would leave 888 + 105 on line two.
    expect(lines(`${'a'.repeat(18)} .`, 1010)).toBe(3);
    expect(lines('a'.repeat(18), 1010)).toBe(2);
    expect(lines('a'.repeat(19), 1010)).toBe(3);
  });

  it('moves a word wider than the line to a line of its own before breaking it', () => {
    // `b` takes the first line; the 12 a's then fill a new line and a third (9 + 3).
    expect(lines(`b ${'a'.repeat(12)}`, 1010)).toBe(3);
  });
});

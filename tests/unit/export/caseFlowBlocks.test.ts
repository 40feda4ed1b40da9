import { describe, expect, it } from 'vitest';
import { caseFlowColumnWidths, caseFlowLine } from '../../../electron/core/export/caseFlowBlocks.ts';
import { TEXT_WIDTH } from '../../../electron/core/export/pageLayout.ts';
import { measurer } from '../../../electron/core/export/layout/measureText.ts';

const sum = (ws: number[]): number => ws.reduce((a, b) => a + b, 0);

describe('caseFlowLine', () => {
  it('joins the bodies with commas and ends with one full stop', () => {
    expect(caseFlowLine(['Direktionen', ' Økonomiudvalget ', 'Kommunalbestyrelsen'])).toBe('Direktionen, Økonomiudvalget, Kommunalbestyrelsen.');
    expect(caseFlowLine(['KB.'])).toBe('KB.');
  });
});

describe('caseFlowColumnWidths', () => {
  it('spans the text width with equal body columns when the names are short', () => {
    const widths = caseFlowColumnWidths(['Orientering', 'Supplerende sagsfremstilling'], ['OBU', 'ØU', 'KB']);
    expect(sum(widths)).toBeGreaterThan(TEXT_WIDTH - 3);
    expect(sum(widths)).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(new Set(widths.slice(1)).size).toBe(1);
    expect(widths[0]).toBeGreaterThan(widths[1]!); // `Supplerende sagsfremstilling` on one line
  });

  it('widens a long name’s column and still spans the page', () => {
    const widths = caseFlowColumnWidths(['Beslutning'], ['BSU', 'ØU', 'KB', 'Kommunalbestyrelsen', 'Handicaprådet']);
    expect(sum(widths)).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(sum(widths)).toBeGreaterThan(TEXT_WIDTH - 5);
    expect(widths[4]).toBeGreaterThan(widths[1]!);
    expect(widths[2]).toBe(widths[3]); // ØU and KB
  });

  it('narrows only the widest columns when the names do not fit, keeping short ones whole', () => {
    const bodies = ['BSU', 'ØU', 'KB', 'Direktionen', 'Kommunalbestyrelsen', 'Handicaprådet', 'Ældrerådet', 'MED', 'Økonomiudvalget', 'Integrationsrådet'];
    const widths = caseFlowColumnWidths(['Orientering', 'Beslutning'], bodies);
    expect(sum(widths)).toBeLessThanOrEqual(TEXT_WIDTH);
    const [bsu, ou, kb] = widths.slice(1);
    // Short names keep their measured need: each is the name in bold 11 pt plus the cell's margins.
    for (const [i, name] of bodies.entries()) if (name.length <= 3) expect(widths[i + 1]).toBe(Math.max(600, Math.ceil(boldWidth(name)) + 260));
    expect(ou).toBe(kb);
    const capped = [widths[5], widths[9], widths[10]];
    expect(new Set(capped).size).toBe(1);
    expect(capped[0]).toBeGreaterThan(bsu!);
  });

  it('never breaks an abbreviation such as MNBU, however many bodies share the row', () => {
    const bodies = ['MNBU', 'BSU', 'ØU', 'KB', 'Kommunalbestyrelsen', 'Handicaprådet', 'Ældrerådet', 'Økonomiudvalget', 'Integrationsrådet', 'Folkeoplysningsudvalget'];
    for (const font of ['Calibri', 'Arial', 'Times New Roman', 'Georgia'] as const) {
      const widths = caseFlowColumnWidths(['Orientering', 'Supplerende sagsfremstilling'], bodies, font);
      expect(sum(widths), font).toBeLessThanOrEqual(TEXT_WIDTH);
      // The text room (the width less the cell's 2 × 100 twips of margin) holds the whole word in bold.
      const measure = font === 'Georgia' ? (t: string) => boldWidth(t, 'Arial') : (t: string) => boldWidth(t, font);
      expect(widths[1]! - 200, font).toBeGreaterThanOrEqual(measure('MNBU'));
      // The step column wraps between words, never inside `sagsfremstilling`.
      expect(widths[0]! - 200, font).toBeGreaterThanOrEqual(font === 'Georgia' ? 0 : measurer({ font, bold: false, italic: false, halfPoints: 22 })('sagsfremstilling'));
    }
  });
});

function boldWidth(text: string, font = 'Calibri'): number {
  return measurer({ font, bold: true, italic: false, halfPoints: 22 })(text);
}

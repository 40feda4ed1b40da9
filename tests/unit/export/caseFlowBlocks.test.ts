import { describe, expect, it } from 'vitest';
import { caseFlowColumnWidths, caseFlowLine } from '../../../electron/core/export/caseFlowBlocks.ts';
import { TEXT_WIDTH } from '../../../electron/core/export/pageLayout.ts';

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
    expect(widths[8]).toBe(bsu); // MED as wide as BSU: both keep their need
    expect(ou).toBe(kb);
    const capped = [widths[5], widths[9], widths[10]];
    expect(new Set(capped).size).toBe(1);
    expect(capped[0]).toBeGreaterThan(bsu!);
  });
});

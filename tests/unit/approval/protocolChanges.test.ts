import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../../shared/domain/protocolChanges.ts';
import type { PrintedContent } from '../../../shared/domain/printedContent.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';

const item = (title: string, sections: [string, string][]) => ({
  title,
  caseNumber: '26-002507',
  closed: false,
  sections: sections.map(([t, text]) => ({ title: t, kind: t === 'Beslutning' ? 'beslutning' : 'tekst', body: docFromParagraphs(text) })),
  attachments: [],
});

const content = (items: PrintedContent['items']): PrintedContent => ({
  committee: { name: 'Direktionen', decisionHeading: 'kort' },
  meeting: { date: '2026-03-16', time: '12:30', location: 'Mødelokale 8', firstItemNumber: 1 },
  participants: [],
  items,
});

describe('describeChanges', () => {
  it('reports nothing for an item that prints the same heading twice, unchanged', () => {
    const twice = item('It-drift', [['Beslutning', 'Anbefales.'], ['Sagsfremstilling', 'Resume'], ['Sagsfremstilling', 'Baggrund']]);
    expect(describeChanges(content([twice]), content([structuredClone(twice)]))).toEqual([]);
  });

  it('names the second of two same-titled sections when only it changed', () => {
    const before = item('It-drift', [['Sagsfremstilling', 'Resume'], ['Sagsfremstilling', 'Baggrund']]);
    const after = item('It-drift', [['Sagsfremstilling', 'Resume'], ['Sagsfremstilling', 'Ny baggrund']]);
    expect(describeChanges(content([before]), content([after]))).toEqual([{ label: 'Punkt 1: It-drift', changes: ['Sagsfremstilling er ændret'] }]);
  });

  it('names added, removed and reordered items', () => {
    const a = item('A', [['Beslutning', 'Godkendt']]);
    const b = item('B', [['Beslutning', 'Godkendt']]);
    const c = item('C', [['Beslutning', 'Godkendt']]);
    expect(describeChanges(content([a, b]), content([b, a, c]))).toEqual([
      { label: 'Mødet', changes: ['Rækkefølgen er ændret'] },
      { label: 'Punkt 3: C', changes: ['Punktet er tilføjet'] },
    ]);
    expect(describeChanges(content([a, b]), content([a]))).toEqual([{ label: 'Punkt 2: B', changes: ['Punktet er fjernet'] }]);
  });
});

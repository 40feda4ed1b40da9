import { join } from 'node:path';
import type { SourceHints } from './councilSource.ts';

/** The published protocols' text (copied from /work/shared/seeds), the input of the council fixtures. */
export const councilSourcesDir = join(import.meta.dirname, '../../tests/fixtures/import/sources');

/**
 * Per protocol, what only its body's template tells: which lines are its
 * section headings and which are free sub-headings inside a section
 * (REFERAT-FORMAT.md, variants A, B and C).
 */
export const COUNCIL_SOURCES: { name: string; file: string; hints: SourceHints }[] = [
  {
    name: 'haderslev-obu-2026-02-03',
    file: 'haderslev-obu-2026-02-03.txt',
    hints: { sections: ['Sagsresume', 'Indstilling', 'Sagsfremstilling', 'Procedure'], subHeadings: ['Økonomiske forhold'] },
  },
  {
    name: 'kalundborg-direktionen-2026-03-16',
    file: 'kalundborg-direktionen-2026-03-16.txt',
    hints: {
      sections: ['Sagsfremstilling', 'Indstillinger', 'Behandling', 'Økonomiske konsekvenser'],
      subHeadings: [
        'Resume og sagens baggrund',
        'Baggrund - Aftale om kommunernes økonomi for 2026 (ØA26)',
        'Igangværende initiativer i implementeringen',
        'Samarbejde om en fælles it-drift- og serviceorganisation for 16 kommuner i KKR Sjælland',
      ],
    },
  },
  {
    name: 'albertslund-chefforum-2026-01-28',
    file: 'albertslund-chefforum-2026-01-28.md',
    hints: {
      sections: ['Indstilling', 'Resumé', 'Sagsfremstilling', 'Kommunens vision og politikker', 'Økonomi', 'Lovgrundlag', 'Borgerperspektiv', 'Historik'],
      subHeadings: [],
    },
  },
];

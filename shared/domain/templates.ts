import { DEFAULT_DECISION_PHRASES, type CommitteeTemplate } from './committee.ts';

const none = 'Intet at bemærke.';

/**
 * The three layouts seen in real Danish protocols (REFERAT-FORMAT.md), ready to
 * copy into a committee and adjust. A committee holds its own copy, so editing
 * it never touches another committee or a meeting already held.
 */
export const READY_TEMPLATES: { id: string; name: string; description: string; template: CommitteeTemplate }[] = [
  {
    id: 'variant-a',
    name: 'Politisk udvalg (Sagsresume, Indstilling, Sagsfremstilling, Procedure)',
    description: 'Som Haderslev: beslutningen med udvalg og dato i overskriften; underskriftsside til sidst.',
    template: {
      sections: [
        { title: 'Sagsresume', kind: 'tekst', defaultText: '', required: false },
        { title: 'Indstilling', kind: 'tekst', defaultText: '', required: true },
        { title: 'Sagsfremstilling', kind: 'tekst', defaultText: '', required: false },
        { title: 'Procedure', kind: 'tekst', defaultText: '', required: false },
        { title: 'Beslutning', kind: 'beslutning', defaultText: '', required: true },
      ],
      decisionHeading: 'medUdvalgOgDato',
      defaultLocation: '',
      defaultTime: '14:30',
      numbering: { mode: 'loebende', startNumber: 1 },
      standardItems: [
        { title: 'Godkendelse af dagsorden', placement: 'foerst', kind: 'beslutning' },
        { title: 'Gensidig orientering', placement: 'sidst', kind: 'orientering' },
        { title: 'Underskriftsside', placement: 'sidst', kind: 'beslutning' },
      ],
      decisionPhrases: DEFAULT_DECISION_PHRASES,
    },
  },
  {
    id: 'variant-b',
    name: 'Direktion (Beslutning først, Sagsfremstilling, Indstillinger, Behandling)',
    description: 'Som Kalundborg: beslutningen øverst, lukkede punkter med kun titel i den offentlige udgave.',
    template: {
      sections: [
        { title: 'Beslutning', kind: 'beslutning', defaultText: '', required: true },
        { title: 'Sagsfremstilling', kind: 'tekst', defaultText: '', required: false },
        { title: 'Indstillinger', kind: 'tekst', defaultText: '', required: true },
        { title: 'Behandling', kind: 'tekst', defaultText: '', required: false },
        { title: 'Økonomiske konsekvenser', kind: 'tekst', defaultText: '', required: false },
      ],
      decisionHeading: 'kort',
      defaultLocation: '',
      defaultTime: '12:30',
      numbering: { mode: 'perMoede', startNumber: 1 },
      standardItems: [{ title: 'Eventuelt', placement: 'sidst', kind: 'orientering' }],
      decisionPhrases: DEFAULT_DECISION_PHRASES,
    },
  },
  {
    id: 'variant-c',
    name: 'Chefforum (Indstilling, Resumé, faste overskrifter med "Intet at bemærke.")',
    description: 'Som Albertslund: faste overskrifter for vision, økonomi, lovgrundlag, borgerperspektiv og historik.',
    template: {
      sections: [
        { title: 'Indstilling', kind: 'tekst', defaultText: '', required: true },
        { title: 'Resumé', kind: 'tekst', defaultText: '', required: false },
        { title: 'Sagsfremstilling', kind: 'tekst', defaultText: '', required: false },
        { title: 'Kommunens vision og politikker', kind: 'tekst', defaultText: none, required: true },
        { title: 'Økonomi', kind: 'tekst', defaultText: none, required: true },
        { title: 'Lovgrundlag', kind: 'tekst', defaultText: none, required: true },
        { title: 'Borgerperspektiv', kind: 'tekst', defaultText: none, required: true },
        { title: 'Historik', kind: 'tekst', defaultText: none, required: false },
        { title: 'Beslutning', kind: 'beslutning', defaultText: '', required: true },
      ],
      decisionHeading: 'kort',
      defaultLocation: '',
      defaultTime: '09:00',
      numbering: { mode: 'perMoede', startNumber: 1 },
      standardItems: [
        { title: 'Godkendelse af dagsorden og referat', placement: 'foerst', kind: 'beslutning' },
        { title: 'Temaer til kommende møder og eventuelt', placement: 'sidst', kind: 'droeftelse' },
      ],
      decisionPhrases: DEFAULT_DECISION_PHRASES,
    },
  },
];

/** A fresh copy of a ready template, with the body's own defaults laid over it. */
export function readyTemplate(id: string, overrides: Partial<CommitteeTemplate> = {}): CommitteeTemplate {
  const ready = READY_TEMPLATES.find((t) => t.id === id);
  if (!ready) throw new Error(`Ukendt skabelon: ${id}`);
  // Templates are plain JSON; a JSON round trip is a full copy without any runtime's globals.
  return { ...(JSON.parse(JSON.stringify(ready.template)) as CommitteeTemplate), ...overrides };
}

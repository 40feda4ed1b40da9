import { DEFAULT_DECISION_PHRASES, type CommitteeTemplate } from './committee.ts';
import { templateText } from '../i18n/template.da.ts';

const { sections: s, standardItems: item, nothingToNote: none, ready } = templateText.content;

/**
 * The three layouts seen in real Danish protocols (REFERAT-FORMAT.md), ready to
 * copy into a committee and adjust. A committee holds its own copy, so editing
 * it never touches another committee or a meeting already held.
 */
export const READY_TEMPLATES: { id: string; name: string; description: string; template: CommitteeTemplate }[] = [
  {
    id: 'variant-a',
    ...ready['variant-a'],
    template: {
      sections: [
        { title: s.sagsresume, kind: 'tekst', defaultText: '', required: false },
        { title: s.indstilling, kind: 'tekst', defaultText: '', required: true },
        { title: s.sagsfremstilling, kind: 'tekst', defaultText: '', required: false },
        { title: s.procedure, kind: 'tekst', defaultText: '', required: false },
        { title: s.beslutning, kind: 'beslutning', defaultText: '', required: true },
      ],
      decisionHeading: 'medUdvalgOgDato',
      defaultLocation: '',
      defaultTime: '14:30',
      numbering: { mode: 'loebende', startNumber: 1 },
      standardItems: [
        { title: item.godkendelseAfDagsorden, placement: 'foerst', kind: 'beslutning' },
        { title: item.gensidigOrientering, placement: 'sidst', kind: 'orientering' },
        { title: item.underskriftsside, placement: 'sidst', kind: 'beslutning' },
      ],
      decisionPhrases: DEFAULT_DECISION_PHRASES,
    },
  },
  {
    id: 'variant-b',
    ...ready['variant-b'],
    template: {
      sections: [
        { title: s.beslutning, kind: 'beslutning', defaultText: '', required: true },
        { title: s.sagsfremstilling, kind: 'tekst', defaultText: '', required: false },
        { title: s.indstillinger, kind: 'tekst', defaultText: '', required: true },
        { title: s.behandling, kind: 'tekst', defaultText: '', required: false },
        { title: s.oekonomiskeKonsekvenser, kind: 'tekst', defaultText: '', required: false },
      ],
      decisionHeading: 'kort',
      defaultLocation: '',
      defaultTime: '12:30',
      numbering: { mode: 'perMoede', startNumber: 1 },
      standardItems: [{ title: item.eventuelt, placement: 'sidst', kind: 'orientering' }],
      decisionPhrases: DEFAULT_DECISION_PHRASES,
    },
  },
  {
    id: 'variant-c',
    ...ready['variant-c'],
    template: {
      sections: [
        { title: s.indstilling, kind: 'tekst', defaultText: '', required: true },
        { title: s.resume, kind: 'tekst', defaultText: '', required: false },
        { title: s.sagsfremstilling, kind: 'tekst', defaultText: '', required: false },
        { title: s.vision, kind: 'tekst', defaultText: none, required: true },
        { title: s.oekonomi, kind: 'tekst', defaultText: none, required: true },
        { title: s.lovgrundlag, kind: 'tekst', defaultText: none, required: true },
        { title: s.borgerperspektiv, kind: 'tekst', defaultText: none, required: true },
        { title: s.historik, kind: 'tekst', defaultText: none, required: false },
        { title: s.beslutning, kind: 'beslutning', defaultText: '', required: true },
      ],
      decisionHeading: 'kort',
      defaultLocation: '',
      defaultTime: '09:00',
      numbering: { mode: 'perMoede', startNumber: 1 },
      standardItems: [
        { title: item.godkendelseAfDagsordenOgReferat, placement: 'foerst', kind: 'beslutning' },
        { title: item.temaerOgEventuelt, placement: 'sidst', kind: 'droeftelse' },
      ],
      decisionPhrases: DEFAULT_DECISION_PHRASES,
    },
  },
];

/** A fresh copy of a ready template, with the body's own defaults laid over it. */
export function readyTemplate(id: string, overrides: Partial<CommitteeTemplate> = {}): CommitteeTemplate {
  const template = READY_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(templateText.content.unknownTemplate(id));
  // Templates are plain JSON; a JSON round trip is a full copy without any runtime's globals.
  return { ...(JSON.parse(JSON.stringify(template.template)) as CommitteeTemplate), ...overrides };
}

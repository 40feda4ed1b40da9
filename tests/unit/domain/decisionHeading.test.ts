import { describe, expect, it } from 'vitest';
import { decisionHeading, sectionHeading } from '../../../shared/domain/decisionHeading.ts';
import { decisionHeadingText } from '../../../electron/core/export/itemHeadings.ts';
import { defaultTemplate, type Committee } from '../../../shared/domain/committee.ts';

const committee = (style: 'kort' | 'medUdvalgOgDato'): Committee => ({
  id: 'c',
  name: 'Økonomiudvalget',
  members: [],
  template: { ...defaultTemplate(), decisionHeading: style },
  createdAt: '',
});
const meeting = { date: '2026-02-03' };

describe('decision heading', () => {
  it('adds the committee and the date in template variant A', () => {
    expect(decisionHeading('Beslutning', { committeeName: 'Økonomiudvalget', style: 'medUdvalgOgDato', date: '2026-02-03' })).toBe('Beslutning i Økonomiudvalget den 03-02-2026');
    expect(decisionHeading('Beslutning', { committeeName: 'Økonomiudvalget', style: 'kort', date: '2026-02-03' })).toBe('Beslutning');
  });

  it('heads a decision section on screen with its own title, and leaves other sections alone', () => {
    expect(sectionHeading(committee('medUdvalgOgDato'), meeting, { kind: 'beslutning', title: 'Afgørelse' })).toBe('Afgørelse i Økonomiudvalget den 03-02-2026');
    expect(sectionHeading(committee('medUdvalgOgDato'), meeting, { kind: 'tekst', title: 'Indstilling' })).toBe('Indstilling');
  });

  it('prints Beslutning in the document whatever the section is called', () => {
    expect(decisionHeadingText(committee('medUdvalgOgDato'), meeting)).toBe('Beslutning i Økonomiudvalget den 03-02-2026');
    expect(decisionHeadingText(committee('kort'), meeting)).toBe('Beslutning');
  });
});

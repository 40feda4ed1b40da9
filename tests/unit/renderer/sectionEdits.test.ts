import { describe, expect, it } from 'vitest';
import type { ImportedItem, ImportedMeeting, ImportedSection } from '../../../shared/import/importedMeeting.ts';
import { docFromParagraphs, docToPlainText } from '../../../shared/text/richText.ts';
import { joinWithPrevious, MAX_SECTIONS, moveSectionAcross, renameSection, splitSection } from '../../../renderer/src/import/sectionEdits.ts';

const section = (title: string, ...paragraphs: string[]): ImportedSection => ({ heading: title, title, kind: 'tekst', body: docFromParagraphs(...paragraphs), uncertain: [] });
const item = (title: string, ...sections: ImportedSection[]): ImportedItem => ({
  number: '1',
  title,
  caseNumber: '',
  closed: false,
  subItem: false,
  sections,
  attachments: [],
  caseFlow: null,
  absences: [],
  remarks: [],
  postponedFrom: null,
  postponedTo: null,
  vote: null,
  closedReason: null,
  uncertain: [],
});
const text = (s: ImportedSection | undefined) => docToPlainText(s?.body);

describe('correcting section boundaries in the import review', () => {
  const sags = { ...section('Sagsfremstilling', 'Baggrund.', 'Økonomien er uændret.', 'Der er afsat 2 mio. kr.'), uncertain: ['usikker'] };
  const base = item('Budget', section('Indstilling', 'At sagen godkendes.'), sags, { ...section('Beslutning', 'Godkendt.'), kind: 'beslutning' });

  it('splits a section before a paragraph: the rest under the new heading, right after it, uncertainties kept with the first part', () => {
    const next = splitSection(base, 1, 1, { title: ' Økonomi ', kind: 'tekst' });
    expect(next.sections.map((s) => s.title)).toEqual(['Indstilling', 'Sagsfremstilling', 'Økonomi', 'Beslutning']);
    expect(text(next.sections[1])).toBe('Baggrund.');
    expect(text(next.sections[2])).toBe('Økonomien er uændret.\nDer er afsat 2 mio. kr.');
    expect(next.sections[1]!.uncertain).toEqual(['usikker']);
    expect(next.sections[2]).toMatchObject({ heading: 'Økonomi', kind: 'tekst', uncertain: [] });
    // The original is not changed: the review can always go back to what was recognised.
    expect(base.sections).toHaveLength(3);
  });

  it('refuses a split at the first paragraph, past the end, without a heading, or beyond the section limit', () => {
    expect(splitSection(base, 1, 0, { title: 'X', kind: 'tekst' })).toBe(base);
    expect(splitSection(base, 1, 3, { title: 'X', kind: 'tekst' })).toBe(base);
    expect(splitSection(base, 1, 1, { title: '  ', kind: 'tekst' })).toBe(base);
    const full = item('Fuld', ...Array.from({ length: MAX_SECTIONS }, (_, i) => section(`S${i}`, 'a', 'b')));
    expect(splitSection(full, 0, 1, { title: 'X', kind: 'tekst' })).toBe(full);
  });

  it('a split joined again gives the text back, with the heading in bold', () => {
    const split = splitSection(base, 1, 2, { title: 'Økonomi', kind: 'tekst' });
    const joined = joinWithPrevious(split, 2);
    expect(joined.sections.map((s) => s.title)).toEqual(['Indstilling', 'Sagsfremstilling', 'Beslutning']);
    expect(text(joined.sections[1])).toBe('Baggrund.\nØkonomien er uændret.\nØkonomi\nDer er afsat 2 mio. kr.');
  });

  it('renames a section to a template heading, its kind included', () => {
    const next = renameSection(base, 1, { title: 'Beslutning', kind: 'beslutning' });
    expect(next.sections[1]).toMatchObject({ heading: 'Beslutning', title: 'Beslutning', kind: 'beslutning' });
    expect(renameSection(base, 1, { title: '', kind: 'tekst' })).toBe(base);
  });

  it('moves a section across an item boundary, both ways', () => {
    const meeting = { items: [base, item('Næste', section('Sagsfremstilling', 'Andet punkt.'))] } as ImportedMeeting;
    const down = moveSectionAcross(meeting, 0, 'down');
    expect(down.items[0]!.sections.map((s) => s.title)).toEqual(['Indstilling', 'Sagsfremstilling']);
    expect(down.items[1]!.sections.map((s) => s.title)).toEqual(['Beslutning', 'Sagsfremstilling']);
    const up = moveSectionAcross(down, 1, 'up');
    expect(up.items.map((i) => i.sections.map((s) => s.title))).toEqual(meeting.items.map((i) => i.sections.map((s) => s.title)));
    expect(moveSectionAcross(meeting, 0, 'up')).toBe(meeting);
  });
});

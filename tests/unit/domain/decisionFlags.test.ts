import { describe, expect, it } from 'vitest';
import { decisionFlags, proposalSection } from '../../../shared/domain/decisionFlags.ts';
import { newAgendaItem } from '../../../shared/domain/newAgendaItem.ts';
import type { AgendaItem, Section } from '../../../shared/domain/meeting.ts';
import { docFromParagraphs, emptyDoc } from '../../../shared/text/richText.ts';

const section = (id: string, title: string, kind: Section['kind'], text?: string): Section => ({
  id,
  title,
  kind,
  body: text === undefined ? emptyDoc() : docFromParagraphs(text),
});

/** An item with an Indstilling and a Beslutning section; `undefined` leaves a section out, '' leaves it empty. */
function item(recommendation: string | undefined, decision: string | undefined, proposalTitle = 'Indstilling'): AgendaItem {
  const sections: Section[] = [];
  if (recommendation !== undefined) sections.push(section('s1', proposalTitle, 'tekst', recommendation === '' ? undefined : recommendation));
  if (decision !== undefined) sections.push(section('s2', 'Beslutning', 'beslutning', decision === '' ? undefined : decision));
  return newAgendaItem({ id: 'i1', title: 'Punkt', sections });
}

// What the rule does today (moved unchanged from the renderer); which departures it should flag is a task of its own.
describe('decision flags', () => {
  it('flags nothing without a recommendation to compare with', () => {
    expect(decisionFlags(item(undefined, 'Godkendt'))).toEqual([]);
    expect(decisionFlags(item('', 'Noget helt andet'))).toEqual([]);
    expect(decisionFlags(item(undefined, undefined))).toEqual([]);
  });

  it('flags a recommendation without a decision', () => {
    expect(decisionFlags(item('Direktøren indstiller, at sagen godkendes.', ''))).toEqual(['noDecision']);
    expect(decisionFlags(item('Direktøren indstiller, at sagen godkendes.', undefined))).toEqual(['noDecision']);
  });

  it('accepts a plain yes that answers what the recommendation asks for', () => {
    const approve = 'Direktøren indstiller, at planen godkendes.';
    for (const decision of ['Godkendt', 'Godkendt.', 'godkendes', 'Indstillingen godkendt', 'Indstillingen er godkendt', 'Godkendt som indstillet', '  GODKENDT!  ']) {
      expect(decisionFlags(item(approve, decision)), decision).toEqual([]);
    }
    expect(decisionFlags(item('Forvaltningen indstiller, at orienteringen tages til efterretning.', 'Taget til efterretning'))).toEqual([]);
    expect(decisionFlags(item('Til orientering.', 'Orienteringen er taget til efterretning.'))).toEqual([]);
    expect(decisionFlags(item('At udvalget drøfter oplægget.', 'Drøftet'))).toEqual([]);
    expect(decisionFlags(item('At udvalget drøfter oplægget.', 'Drøftedes.'))).toEqual([]);
  });

  it('lets Anbefales and Tiltrådt answer any recommendation', () => {
    const anything = 'Direktøren indstiller, at orienteringen tages til efterretning.';
    for (const decision of ['Anbefales', 'Anbefalet', 'Anbefales godkendt', 'Anbefalet som indstillet', 'Anbefales som indstillet', 'Tiltrådt', 'Tiltrådt som indstillet', 'Indstillingen er tiltrådt']) {
      expect(decisionFlags(item(anything, decision)), decision).toEqual([]);
    }
  });

  it('flags a yes that does not answer the recommendation', () => {
    expect(decisionFlags(item('Forvaltningen indstiller, at orienteringen tages til efterretning.', 'Godkendt'))).toEqual(['differs']);
    expect(decisionFlags(item('Direktøren indstiller, at planen godkendes.', 'Taget til efterretning'))).toEqual(['differs']);
    expect(decisionFlags(item('Direktøren indstiller, at planen godkendes.', 'Drøftet'))).toEqual(['differs']);
  });

  it('flags any decision that says more than a plain yes', () => {
    expect(decisionFlags(item('Direktøren indstiller, at planen godkendes.', 'Godkendt med den ændring, at fristen rykkes.'))).toEqual(['differs']);
    expect(decisionFlags(item('Direktøren indstiller, at planen godkendes.', 'Udsat.'))).toEqual(['differs']);
  });

  it('finds the recommendation by its title, among text sections only', () => {
    expect(proposalSection(item('At planen godkendes.', 'Godkendt', 'Indstillinger'))?.title).toBe('Indstillinger');
    expect(proposalSection(item('At planen godkendes.', 'Godkendt', '  indstilling fra direktionen'))?.title).toBe('  indstilling fra direktionen');
    expect(proposalSection(item('At planen godkendes.', 'Godkendt', 'Sagsfremstilling'))).toBeUndefined();
    expect(decisionFlags(item('At planen godkendes.', 'Noget andet', 'Sagsfremstilling'))).toEqual([]);
    const decisionTitledIndstilling = newAgendaItem({ id: 'i', title: 'T', sections: [section('s', 'Indstilling', 'beslutning', 'Godkendt')] });
    expect(proposalSection(decisionTitledIndstilling)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { decisionState } from '../../../shared/domain/decisionState.ts';
import { newAgendaItem } from '../../../shared/domain/newAgendaItem.ts';
import { docFromParagraphs, emptyDoc } from '../../../shared/text/richText.ts';

const withDecision = (text: string | undefined) =>
  newAgendaItem({ id: 'i', title: 'T', sections: text === undefined ? [] : [{ id: 's', title: 'Beslutning', kind: 'beslutning', body: text ? docFromParagraphs(text) : emptyDoc() }] });

const template = { standardItems: [{ title: 'Eventuelt', kind: 'orientering' as const, placement: 'sidst' as const }, { title: 'Underskriftsside', kind: 'beslutning' as const, placement: 'sidst' as const }] };

describe('decision state', () => {
  it('is decided when the decision field has text, undecided when it is empty', () => {
    expect(decisionState(withDecision('Godkendt'), template)).toBe('decided');
    expect(decisionState(withDecision(''), template)).toBe('undecided');
  });

  it('is none without a decision field, or when the item went on to another meeting', () => {
    expect(decisionState(withDecision(undefined), template)).toBe('none');
    expect(decisionState({ ...withDecision(''), postponedTo: { meetingId: 'm2', date: '2026-04-01' } }, template)).toBe('none');
  });

  it('is none for the Underskriftsside and a standard item that is not a decision item, as the pre-release check says (needsDecision)', () => {
    expect(decisionState({ ...withDecision(''), title: 'Underskriftsside' }, template)).toBe('none');
    expect(decisionState({ ...withDecision(''), title: 'Eventuelt' }, template)).toBe('none');
    expect(decisionState({ ...withDecision(''), title: 'Budget' }, template)).toBe('undecided');
  });
});

import { describe, expect, it } from 'vitest';
import { decisionState } from '../../../shared/domain/decisionState.ts';
import { newAgendaItem } from '../../../shared/domain/newAgendaItem.ts';
import { docFromParagraphs, emptyDoc } from '../../../shared/text/richText.ts';

const withDecision = (text: string | undefined) =>
  newAgendaItem({ id: 'i', title: 'T', sections: text === undefined ? [] : [{ id: 's', title: 'Beslutning', kind: 'beslutning', body: text ? docFromParagraphs(text) : emptyDoc() }] });

describe('decision state', () => {
  it('is decided when the decision field has text, undecided when it is empty', () => {
    expect(decisionState(withDecision('Godkendt'))).toBe('decided');
    expect(decisionState(withDecision(''))).toBe('undecided');
  });

  it('is none without a decision field, or when the item went on to another meeting', () => {
    expect(decisionState(withDecision(undefined))).toBe('none');
    expect(decisionState({ ...withDecision(''), postponedTo: { meetingId: 'm2', date: '2026-04-01' } })).toBe('none');
  });
});

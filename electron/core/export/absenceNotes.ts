import { Paragraph } from 'docx';
import type { Committee } from '../../../shared/domain/committee.ts';
import { memberDisplayName } from '../../../shared/domain/committee.ts';
import type { AgendaItem, ItemAbsence } from '../../../shared/domain/meeting.ts';
import { membersById } from './memberNames.ts';
import { textRuns } from './textRuns.ts';

const REASON_TEXT: Record<ItemAbsence['reason'], string> = {
  inhabil: 'deltog ikke i behandlingen af punktet (inhabil).',
  forlod_moedet: 'forlod mødet under behandlingen af punktet.',
  deltog_ikke: 'deltog ikke i behandlingen af punktet.',
};

/** A note is typed as a sentence; one without its full stop gets it, so the paragraph reads as the protocols write it. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || /[.!?:)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * `Holger Mikkelsen (A) deltog ikke i behandlingen af punktet (inhabil).`,
 * followed by the secretary's note. An absence of a member the committee no
 * longer knows is left out: a sentence without its subject would say nothing.
 */
export function absenceTexts(item: Pick<AgendaItem, 'absences'>, committee: Committee): string[] {
  const members = membersById(committee);
  return item.absences.flatMap((absence) => {
    const member = members.get(absence.memberId);
    if (!member) return [];
    const note = asSentence(absence.note);
    return [`${memberDisplayName(member)} ${REASON_TEXT[absence.reason]}${note ? ` ${note}` : ''}`];
  });
}

/** One short paragraph per absence, as the published protocols print them under the decision. */
export function absenceNotes(item: Pick<AgendaItem, 'absences'>, committee: Committee): Paragraph[] {
  return absenceTexts(item, committee).map((text) => new Paragraph({ children: textRuns(text) }));
}

import { Paragraph } from 'docx';
import type { Committee } from '../../../shared/domain/committee.ts';
import { memberDisplayName } from '../../../shared/domain/committee.ts';
import type { AgendaItem, ItemAbsence } from '../../../shared/domain/meeting.ts';
import { membersById } from './memberNames.ts';
import { textRuns } from './textRuns.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

const REASON_TEXT: Record<ItemAbsence['reason'], string> = documentText.absence;

/**
 * The note follows the sentence about the absence, so it prints as a sentence
 * of its own: capital first letter, full stop at the end (`kl. 16.10` →
 * `Kl. 16.10.`).
 */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const capitalized = trimmed.charAt(0).toLocaleUpperCase('da-DK') + trimmed.slice(1);
  return /[.!?:)]$/.test(capitalized) ? capitalized : `${capitalized}.`;
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

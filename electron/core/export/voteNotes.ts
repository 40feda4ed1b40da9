import { Paragraph } from 'docx';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { AgendaItem } from '../../../shared/domain/meeting.ts';
import { voteText } from '../../../shared/domain/votes.ts';
import { membersById } from './memberNames.ts';
import { textRuns } from './textRuns.ts';

/**
 * The vote under the decision, as the councils print it:
 * `For stemte: A, V (7). Imod stemte: Ø (2). Undlod: C (1).` A member the
 * committee no longer knows still counts, by their id: a vote must never vanish.
 */
export function voteNotes(item: Pick<AgendaItem, 'vote'>, committee: Committee): Paragraph[] {
  if (!item.vote) return [];
  const members = membersById(committee);
  const text = voteText(item.vote, (id) => members.get(id)?.name ?? id);
  return text === '' ? [] : [new Paragraph({ children: textRuns(text) })];
}

import { VOTE_CHOICES, type ClosedReason, type Vote, type VoteChoice } from './meeting.ts';
import { recordText } from '../i18n/record.da.ts';

/** The groups that carry a vote (named or counted), in printed order. */
export function castGroups(vote: Vote): { choice: VoteChoice; who: string[]; count: number }[] {
  return VOTE_CHOICES.map((choice) => ({ choice, who: vote[choice].who, count: vote[choice].count })).filter((g) => g.count > 0 || g.who.length > 0);
}

/** A vote with more than one kind of vote cast: the record should say who voted how. */
export function isSplitVote(vote: Vote): boolean {
  return castGroups(vote).length > 1;
}

/**
 * `For stemte: A, V (7). Imod stemte: Ø (2). Undlod: C (1).` Members by name
 * (`nameOf`), parties by letter; the number in brackets is the votes cast,
 * for members the count of names when no count is given.
 */
export function voteText(vote: Vote, nameOf: (memberId: string) => string = (id) => id): string {
  return castGroups(vote)
    .map(({ choice, who, count }) => {
      const names = vote.by === 'medlem' ? who.map(nameOf) : who;
      const votes = count > 0 ? count : names.length;
      return `${recordText.voteLabel[choice]}: ${names.length ? `${names.join(', ')} ` : ''}(${votes}).`;
    })
    .join(' ');
}

/** `Personalesag`, or the secretary's own text for `andet`. */
export function closedReasonText(reason: ClosedReason): string {
  return reason.ground === 'andet' ? reason.text.trim() : recordText.closedReasons[reason.ground];
}

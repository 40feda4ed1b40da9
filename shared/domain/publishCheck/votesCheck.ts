import { publishCheckText as t } from '../../i18n/publishCheck.da.ts';
import { recordText } from '../../i18n/record.da.ts';
import { decisionSection, VOTE_CHOICES } from '../meeting.ts';
import { itemLabels } from '../numbering.ts';
import { isSplitVote } from '../votes.ts';
import { docToPlainText } from '../../text/richText.ts';
import { atItem } from './printedText.ts';
import type { CheckInput, Finding } from './types.ts';

/** `stemte for/imod`, `afstemning`, `7 stemmer mod 2`: a decision that tells of a vote. */
const TELLS_OF_VOTE = /\b(afstemning|stemte|stemmer|undlod at stemme|(for|imod) stemte)\b/i;

/**
 * 9. A split vote recorded without how members voted (a group of votes with
 * no members or parties named, or a member vote whose count is not its names),
 * and a decision that tells of a vote with none recorded: warnings.
 */
export function votesCheck({ meeting, variant }: CheckInput): Finding[] {
  if (variant !== 'referat') return [];
  const labels = itemLabels(meeting);
  const findings: Finding[] = [];
  meeting.items.forEach((item, index) => {
    const label = labels[index]!;
    const base = { rule: 'afstemning' as const, severity: 'advarsel' as const, itemId: item.id };
    const vote = item.vote;
    if (!vote) {
      const decision = decisionSection(item);
      if (decision && TELLS_OF_VOTE.test(docToPlainText(decision.body))) findings.push({ ...base, sectionId: decision.id, field: 'section', message: atItem(label, t.voteMentionedNotRecorded) });
      return;
    }
    if (isSplitVote(vote) && VOTE_CHOICES.some((c) => vote[c].count > 0 && vote[c].who.length === 0)) {
      findings.push({ ...base, field: 'vote', message: atItem(label, t.splitVoteUnnamed) });
    }
    if (vote.by === 'medlem') {
      for (const choice of VOTE_CHOICES) {
        const { who, count } = vote[choice];
        if (who.length > 0 && count > 0 && count !== who.length) {
          findings.push({ ...base, field: 'vote', message: atItem(label, t.voteCountMismatch(recordText.voteLabel[choice], who.length, count)) });
        }
      }
    }
  });
  return findings;
}

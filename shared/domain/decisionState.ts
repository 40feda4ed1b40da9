import type { CommitteeTemplate } from './committee.ts';
import { decisionSection, type AgendaItem } from './meeting.ts';
import { needsDecision } from './standardItems.ts';
import { isDocEmpty } from '../text/richText.ts';

/** `none`: nothing to decide here (no decision field, postponed, the Underskriftsside, a standard item that is not a decision item). */
export type DecisionState = 'decided' | 'undecided' | 'none';

/**
 * Whether an item's decision has been recorded: the item list's ✓ and "Mangler
 * beslutning", meeting mode's progress. The same rule as the pre-release check
 * (`needsDecision`), so the Underskriftsside is never counted as missing one.
 */
export function decisionState(item: AgendaItem, template: Pick<CommitteeTemplate, 'standardItems'>): DecisionState {
  if (!needsDecision(item, template)) return 'none';
  return isDocEmpty(decisionSection(item)?.body) ? 'undecided' : 'decided';
}

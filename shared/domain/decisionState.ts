import { decisionSection, type AgendaItem } from './meeting.ts';
import { isDocEmpty } from '../text/richText.ts';

/** `none`: nothing to decide here (no decision field, or the item was postponed to another meeting). */
export type DecisionState = 'decided' | 'undecided' | 'none';

/** Whether an item's decision has been recorded: the item list's ✓ and "Mangler beslutning", meeting mode's progress. */
export function decisionState(item: AgendaItem): DecisionState {
  const section = decisionSection(item);
  if (!section || item.postponedTo) return 'none';
  return isDocEmpty(section.body) ? 'undecided' : 'decided';
}

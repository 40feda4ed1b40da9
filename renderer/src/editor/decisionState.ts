import { decisionSection, type AgendaItem } from '../../../shared/domain/meeting.ts';
import { isDocEmpty } from '../../../shared/text/richText.ts';

/** `ingen`: nothing to decide here (no decision field, or the item was postponed to another meeting). */
export type DecisionState = 'ført' | 'mangler' | 'ingen';

export function decisionState(item: AgendaItem): DecisionState {
  const section = decisionSection(item);
  if (!section || item.postponedTo) return 'ingen';
  return isDocEmpty(section.body) ? 'mangler' : 'ført';
}

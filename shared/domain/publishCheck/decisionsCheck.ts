import { publishCheckText as t } from '../../i18n/publishCheck.da.ts';
import { decisionSection } from '../meeting.ts';
import { itemLabels } from '../numbering.ts';
import { lacksDecision } from '../standardItems.ts';
import { atItem } from './printedText.ts';
import type { CheckInput, Finding } from './types.ts';

/**
 * 3. An item without a decision in a referat: an error. The Underskriftsside,
 * a standard item that is not a decision item (Eventuelt, Gensidig
 * orientering), an item without a decision field and one postponed to another
 * meeting are exempt (`needsDecision`). The public version prints a closed
 * item by its title only, so there its decision is not looked for.
 */
export function decisionsCheck({ committee, meeting, variant, audience }: CheckInput): Finding[] {
  if (variant !== 'referat') return [];
  const labels = itemLabels(meeting);
  return meeting.items.flatMap((item, index): Finding[] =>
    !(item.closed && audience === 'offentlig') && lacksDecision(item, committee.template)
      ? [{ rule: 'beslutning', severity: 'fejl', itemId: item.id, sectionId: decisionSection(item)!.id, field: 'section', message: atItem(labels[index]!, t.missingDecision) }]
      : [],
  );
}

import { decisionSection, type AgendaItem, type Section } from './meeting.ts';
import { docToPlainText, isDocEmpty } from '../text/richText.ts';

export type DecisionFlag = 'noDecision' | 'differs';

/**
 * Short decisions that simply adopt the recommendation, each with what the
 * Indstilling must ask for for the two to agree: »Godkendt« answers »… at X
 * godkendes«, but not »… tages til efterretning«. »Anbefales« passes any
 * recommendation on to the body that decides, so it agrees with all of them.
 */
const ADOPTING: [RegExp, RegExp][] = [
  [/^(godkendt|godkendes|indstillingen (er )?godkendt|godkendt som indstillet)$/, /godkend|anbefal|tiltræd/],
  [/^((orienteringen )?(er )?taget til efterretning)$/, /efterretning|orienter/],
  [/^(anbefales|anbefalet|anbefales godkendt|anbefalet som indstillet|anbefales som indstillet)$/, /./],
  [/^(drøftet|drøftedes)$/, /drøft/],
  [/^(tiltrådt|tiltrådt som indstillet|indstillingen (er )?tiltrådt)$/, /./],
];

/** The recommendation a decision answers: the first text section titled Indstilling or Indstillinger. */
export function proposalSection(item: AgendaItem): Section | undefined {
  return item.sections.find((s) => s.kind === 'tekst' && /^indstilling/i.test(s.title.trim()));
}

const normalize = (text: string) => text.toLocaleLowerCase('da').replace(/\s+/g, ' ').replace(/[.!]+$/, '').trim();

/**
 * What a member should look at twice: an item with a recommendation but no
 * decision, and a decision that is more than a plain yes to the recommendation.
 */
export function decisionFlags(item: AgendaItem): DecisionFlag[] {
  const proposal = proposalSection(item);
  if (!proposal || isDocEmpty(proposal.body)) return [];
  const decision = decisionSection(item);
  if (!decision || isDocEmpty(decision.body)) return ['noDecision'];
  const said = normalize(docToPlainText(decision.body));
  const recommended = normalize(docToPlainText(proposal.body));
  const adopting = ADOPTING.find(([pattern]) => pattern.test(said));
  if (adopting && adopting[1].test(recommended)) return [];
  return ['differs'];
}

import { decisionSection, type AgendaItem, type Section } from './meeting.ts';
import { docToPlainText, isDocEmpty } from '../text/richText.ts';

export type DecisionFlag = 'noDecision' | 'differs';

/**
 * What marks a decision as departing from its recommendation, whatever else it
 * says: an amendment or a condition, a rejection, a postponement, a case sent
 * back, a no. Decisions in real protocols are often whole sentences
 * (»Chefforum godkendte dagsorden og referat.«, »Punktet blev drøftet, og …«):
 * a sentence without any of these follows its recommendation.
 */
const DEPARTS: RegExp[] = [
  /\bmed (den |de )?(følgende )?(ændring|ændringer|tilføjelse|tilføjelser|præcisering|præciseringer|bemærkning|bemærkninger|undtagelse)\b/,
  /(^|\s)(ændring|ændringer|tilføjelse|tilføjelser),? (at|af|om|i)\b/,
  /\bdog\b|\bbortset fra\b|\bundtagen\b|\b(besluttede|besluttes|vedtog) i stedet\b|\bi stedet for (at|indstillingen|forslaget|forvaltningens)\b|\bsåledes at\b|\bforudsat at\b|\bpå (den )?betingelse\b|\bunder forudsætning\b/,
  /\b(afvist|afvises|afviste|forkastet|forkastes|forkastede|nedstemt|udsat|udsættes|udsatte|sendt tilbage|sendes tilbage|tilbagesendt|tilbagesendes|tilbagevist|henlagt|henlægges|bortfaldet|bortfalder|trukket tilbage|ikke behandlet)\b/,
  /\bikke (godkendt|godkendes|godkende|godkendte|anbefalet|anbefales|anbefale|anbefalede|tiltrådt|tiltræde|tiltrådte|vedtaget|vedtages|bevilget|taget til efterretning)\b/,
  /\b(godkendes|godkendt|anbefales|anbefalet|tiltrådt|tiltrådtes|vedtages|vedtaget) ikke\b|\b(kunne|kan) ikke (godkende|anbefale|tiltræde|tage)\b/,
];

/**
 * Verdicts that only note or discuss a case. Given to a recommendation that
 * asks the body to decide (godkende, beslutte, bevilge, anbefale …) and not
 * merely to note or discuss, they are a departure: the body did not decide
 * what it was asked to. A yes (»Godkendt«, »Tiltrådt«, »Tiltrådte
 * indstillingen«, »Anbefales«) adopts any recommendation.
 */
const NOTING_ONLY = /^((orienteringen |sagen |punktet )?(er |blev )?(taget til efterretning)|drøftet|drøftedes|(punktet |sagen )?(er |blev )?drøftet|intet at bemærke|ingen bemærkninger|til orientering)$/;
const ASKS_TO_DECIDE = /godkend|beslut|vedtag|bevilg|anbefal|tiltræd|frigiv|igangsæt|afsæt|udpeg|vælg|fastsæt|ansæt/;
const ASKS_TO_NOTE = /efterretning|orienter|drøft|præsentation|oplæg|status|til orientering|bemærkning/;

/** The recommendation a decision answers: the first text section titled Indstilling or Indstillinger. */
export function proposalSection(item: AgendaItem): Section | undefined {
  return item.sections.find((s) => s.kind === 'tekst' && /^indstilling/i.test(s.title.trim()));
}

const normalize = (text: string) => text.toLocaleLowerCase('da').replace(/\s+/g, ' ').replace(/[.!]+$/, '').trim();

/**
 * What a member should look at twice: an item with a recommendation but no
 * decision, and a decision that departs from its recommendation (amended,
 * conditioned, rejected, postponed, sent back, or only noted where a decision
 * was asked for). A decision that follows its recommendation, in a phrase or
 * in a sentence, is not flagged.
 */
export function decisionFlags(item: AgendaItem): DecisionFlag[] {
  const proposal = proposalSection(item);
  if (!proposal || isDocEmpty(proposal.body)) return [];
  const decision = decisionSection(item);
  if (!decision || isDocEmpty(decision.body)) return ['noDecision'];
  const said = normalize(docToPlainText(decision.body));
  const recommended = normalize(docToPlainText(proposal.body));
  if (DEPARTS.some((pattern) => pattern.test(said))) return ['differs'];
  if (NOTING_ONLY.test(said) && ASKS_TO_DECIDE.test(recommended) && !ASKS_TO_NOTE.test(recommended)) return ['differs'];
  return [];
}

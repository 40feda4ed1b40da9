import { CLOSED_REASON_GROUNDS, VOTE_CHOICES, type ClosedReason, type Vote, type VoteChoice } from '../../../shared/domain/meeting.ts';
import { recordText } from '../../../shared/i18n/record.da.ts';
import { normaliseHeading } from './sectionHeadings.ts';

const LABELS = new Map<string, VoteChoice>(VOTE_CHOICES.map((choice) => [normaliseHeading(recordText.voteLabel[choice]), choice]));
/** One group: `For stemte: A, V (7).`, `Undlod: (1).` */
const GROUP = /([^:()]{2,20}):\s*(?:([^()]*?)\s*)?\((\d{1,5})\)\.?\s*/y;
/** A party as the protocols print it in a vote: a letter or a short abbreviation (`A`, `Ø`, `SF`). */
const PARTY = /^[A-ZÆØÅ]{1,4}$/;

/**
 * A vote as Referent and the councils print it under the decision:
 * `For stemte: A, V (7). Imod stemte: Ø (2). Undlod: C (1).` Parties by
 * letter, or members by name; the number in brackets is the votes cast.
 * Null unless the whole line is such groups, each kind at most once.
 */
export function parseVoteLine(text: string): Vote | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > 3000) return null;
  const groups = new Map<VoteChoice, { who: string[]; count: number }>();
  GROUP.lastIndex = 0;
  while (GROUP.lastIndex < line.length) {
    const at = GROUP.lastIndex;
    const match = GROUP.exec(line);
    if (!match || match.index !== at) return null;
    const choice = LABELS.get(normaliseHeading(match[1]!));
    if (!choice || groups.has(choice)) return null;
    const who = (match[2] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    if (who.some((name) => name.length > 200)) return null;
    groups.set(choice, { who, count: Number(match[3]) });
  }
  if (groups.size === 0) return null;
  const names = [...groups.values()].flatMap((g) => g.who);
  const group = (choice: VoteChoice) => groups.get(choice) ?? { who: [], count: 0 };
  return { by: names.every((n) => PARTY.test(n)) ? 'parti' : 'medlem', for: group('for'), imod: group('imod'), undlod: group('undlod') };
}

/** `Lukket punkt. Begrundelse:` */
const CLOSED_REASON_PREFIX = recordText.closedReasonLine('').trim().toLocaleLowerCase('da-DK');

/**
 * `Lukket punkt. Begrundelse: Personalesag`, printed under a closed item's
 * case number: one of the usual grounds by its label, anything else as
 * `andet` with its text.
 */
export function parseClosedReasonLine(text: string): ClosedReason | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line.toLocaleLowerCase('da-DK').startsWith(CLOSED_REASON_PREFIX)) return null;
  const reason = line.slice(CLOSED_REASON_PREFIX.length).trim().slice(0, 500);
  if (reason === '') return null;
  const ground = CLOSED_REASON_GROUNDS.find((g) => g !== 'andet' && normaliseHeading(recordText.closedReasons[g]) === normaliseHeading(reason));
  return ground ? { ground, text: '' } : { ground: 'andet', text: reason };
}

/**
 * Ranking of the items a query matched, as MiniSearch ranked them before the
 * index moved to SQLite (FTS5's own bm25 floors the weight of any word in
 * more than half the items to zero, and measures length over all fields at
 * once, which drowns the title's weight): BM25+ per field, each word counted
 * once per field, the title and the case number weighted three times the
 * text, a word typed in full above a longer word it begins, and a spelling
 * variant below both. A word still being typed counts every distinct word it
 * begins, so an item about the subject outranks one that mentions it once.
 */

export type QueryWord = {
  /** As typed (lower-cased). */
  term: string;
  /** Spelling variants with their edit distance, for a word that may be mistyped. */
  variants: { word: string; distance: number }[];
  /** Inverse document frequency of the word (with its prefixes and variants) in the whole index. */
  idf: number;
};

export type RankedFields = { title: string; caseNumber: string; text: string };
export type FieldAverages = { title: number; caseNumber: number; text: number };

const BOOST: Record<keyof RankedFields, number> = { title: 3, caseNumber: 3, text: 1 };
/** MiniSearch's defaults: BM25+ with k1 1.2, b 0.7, delta 0.5; prefix matches weighted 0.375, fuzzy 0.45. */
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

export function inverseDocumentFrequency(documents: number, matching: number): number {
  return Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the character at `i` belongs to a word, as the index's tokenizer decides (letters and digits). */
function inWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** How well a word in the field stands for the query word: 1 typed in full, less for a longer word it begins, less again for a variant. */
function wordWeight(word: string, q: QueryWord): number {
  if (word === q.term) return 1;
  let best = 0;
  if (word.startsWith(q.term)) best = PREFIX_WEIGHT * (q.term.length / (q.term.length + 0.3 * (word.length - q.term.length)));
  for (const v of q.variants) if (word === v.word) best = Math.max(best, FUZZY_WEIGHT * (q.term.length / (q.term.length + v.distance)));
  return best;
}

/** The distinct words of a (lower-cased) field that begin with `start`, found with indexOf rather than a regular expression: this runs for hundreds of items per keystroke. */
function wordsBeginning(value: string, start: string, into: Set<string>): void {
  for (let i = value.indexOf(start); i !== -1; i = value.indexOf(start, i + 1)) {
    if (i > 0 && inWord(value, i - 1)) continue;
    let end = i + start.length;
    while (end < value.length && inWord(value, end)) end += 1;
    into.add(value.slice(i, end));
  }
}

/**
 * What the query word is worth in a (lower-cased) field: the sum over the
 * distinct words it matches there, as MiniSearch summed every indexed word a
 * prefix expanded to; 0 when absent.
 */
function fieldWeight(value: string, q: QueryWord): number {
  const words = new Set<string>();
  wordsBeginning(value, q.term, words);
  for (const v of q.variants) wordsBeginning(value, v.word, words);
  let sum = 0;
  for (const word of words) sum += wordWeight(word, q);
  return sum;
}

export function scoreItem(fields: RankedFields, words: QueryWord[], averages: FieldAverages): number {
  let score = 0;
  for (const field of ['title', 'caseNumber', 'text'] as const) {
    const value = fields[field].toLowerCase();
    if (value === '') continue;
    const norm = 1 - B + (B * value.length) / Math.max(1, averages[field]);
    for (const q of words) {
      const weight = fieldWeight(value, q);
      if (weight > 0) score += BOOST[field] * weight * q.idf * (DELTA + (K1 + 1) / (1 + K1 * norm));
    }
  }
  return score;
}

import SearchableMap from 'minisearch/SearchableMap';

/** Typos are forgiven from this length on: shorter words have too many neighbours. */
export const FUZZY_FROM_LENGTH = 5;
/** As before the index moved: one edit per five letters (rounded), at most three. */
const FUZZY_RATIO = 0.2;
const MAX_DISTANCE = 3;
/** A longer list of variants makes a slow query and says little about what was meant. */
const MAX_VARIANTS = 24;

/**
 * The words of the archive, for finding what a mistyped word was meant as
 * (Levenshtein distance, through MiniSearch's radix tree). Only words that can
 * be near a typo of five letters or more are kept (the index keeps them in a
 * table of their own), and in memory only once a fuzzy search asks for them.
 */
export class FuzzyTerms {
  #words: SearchableMap<true> | null = null;
  readonly #load: () => Iterable<string>;

  constructor(load: () => Iterable<string>) {
    this.#load = load;
  }

  /** New words from a (re)indexed item; words no longer used stay, which only costs a miss. */
  add(words: Iterable<string>): void {
    if (!this.#words) return;
    for (const word of words) if (kept(word)) this.#words.set(word, true);
  }

  /** Drops the words, after a rebuild; loaded again on the next fuzzy search. */
  reset(): void {
    this.#words = null;
  }

  /** Words within the allowed distance of `term`, nearest first, not `term` itself. */
  variants(term: string): { word: string; distance: number }[] {
    if (term.length < FUZZY_FROM_LENGTH) return [];
    if (!this.#words) {
      this.#words = new SearchableMap<true>();
      for (const word of this.#load()) if (kept(word)) this.#words.set(word, true);
    }
    const distance = Math.min(MAX_DISTANCE, Math.round(term.length * FUZZY_RATIO));
    return [...this.#words.fuzzyGet(term, distance)]
      .filter(([word]) => word !== term)
      .map(([word, [, d]]) => ({ word, distance: d }))
      .sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word))
      .slice(0, MAX_VARIANTS);
  }
}

/** The shortest word a typo can be near: a five-letter word one edit away. */
const KEPT_FROM_LENGTH = FUZZY_FROM_LENGTH - 1;

/** Whether a word of the archive is worth keeping for typo lookups. */
export function kept(word: string): boolean {
  return word.length >= KEPT_FROM_LENGTH && /\p{L}/u.test(word);
}

/**
 * The words of a query, split as the index's tokenizer (FTS5 unicode61,
 * diacritics kept) splits the text: on anything that is not a letter or a
 * digit, lower-cased. So `26/777` is `26` and `777`, `85.15.00-A00-1-24` is six
 * words, and æ, ø and å are letters of their own.
 */
export function queryTerms(text: string): string[] {
  return [...new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u))].filter(Boolean);
}

/** A word may be spelt a few ways: itself and every word it may have been meant as. */
export type TermAlternatives = { term: string; prefix: boolean; variants: string[] };

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

/**
 * An FTS5 query needing every word: each as a prefix (the secretary is still
 * typing, and Danish compounds are found by their first part), or as one of
 * its spelling variants, written whole.
 */
export function matchExpression(terms: TermAlternatives[]): string {
  return terms
    .map(({ term, prefix, variants }) => {
      const forms = [`${quote(term)}${prefix ? '*' : ''}`, ...variants.map(quote)];
      return forms.length === 1 ? forms[0]! : `(${forms.join(' OR ')})`;
    })
    .join(' AND ');
}

const SNIPPET_RADIUS = 70;

/** About 140 characters of the item's text around the first place a query word stands. */
export function snippet(text: string, terms: string[]): string {
  const lower = text.toLocaleLowerCase('da-DK');
  const at = terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (at === undefined) return text.slice(0, SNIPPET_RADIUS * 2).replace(/\s+/g, ' ');
  const start = Math.max(0, at - SNIPPET_RADIUS);
  const end = Math.min(text.length, at + SNIPPET_RADIUS);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}

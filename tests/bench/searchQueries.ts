/**
 * What secretaries type into the search: words and phrases from the seed
 * protocols (so every bench store has them), two case numbers taken from the
 * store itself (their digits are drawn per meeting) and one typo. The bench
 * sends every prefix as typed, from the first character.
 */
export function benchQueries(caseNumbers: [string, string]): string[] {
  return [
    'kommissorier budget',
    'godkendelse af dagsorden',
    'beredskabsplanlægning',
    'økonomi',
    'cybersikkerhed',
    'tværkommunalt samarbejde',
    'løntilskud praktik',
    'informationssikkerhed',
    'brugerundersøgelse',
    'serviceorganisation drift',
    caseNumbers[0],
    caseNumbers[1],
    'digitalisring',
  ];
}

/** Every prefix as the secretary types it: "k", "ko", "kom" … (a trailing space is the same query as without). */
export function typedPrefixes(query: string): string[] {
  const out: string[] = [];
  for (let n = 1; n <= query.length; n += 1) {
    const prefix = query.slice(0, n);
    if (!prefix.endsWith(' ')) out.push(prefix);
  }
  return out;
}

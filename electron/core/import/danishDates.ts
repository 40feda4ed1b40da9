const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, februar: 2, feb: 2, marts: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6, juli: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const NUMERIC = /\b(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const WRITTEN = /\b(\d{1,2})\.?\s+(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\.?\s+(\d{4})\b/i;

export type FoundDate = { date: string; index: number; length: number };

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first date in a text, as the protocols write it: `03-02-2026`,
 * `3.2.2026`, `2026-02-03`, `3. februar 2026`, `Tirsdag d. 03. februar 2026`.
 * A date that does not exist (31-02-2026) is no date.
 */
export function findDate(text: string): FoundDate | null {
  const candidates: FoundDate[] = [];
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const date = iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    if (date) candidates.push({ date, index: numeric.index, length: numeric[0].length });
  }
  const isoMatch = ISO.exec(text);
  if (isoMatch) {
    const date = iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
    if (date) candidates.push({ date, index: isoMatch.index, length: isoMatch[0].length });
  }
  const written = WRITTEN.exec(text);
  if (written) {
    const date = iso(Number(written[3]), MONTHS[written[2]!.toLowerCase()]!, Number(written[1]));
    if (date) candidates.push({ date, index: written.index, length: written[0].length });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

/** Every date in a text, in order. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  let offset = 0;
  let rest = text;
  for (;;) {
    const found = findDate(rest);
    if (!found) return out;
    out.push({ ...found, index: found.index + offset });
    offset += found.index + found.length;
    rest = rest.slice(found.index + found.length);
  }
}

/** `kl. 14:30`, `kl. 14.30`, `14:30-16:00` (the start): the meeting's time as `HH:MM`. */
export function findTime(text: string): string | null {
  const match = /\bkl\.?\s*(\d{1,2})(?:[.:](\d{2}))?\b/i.exec(text) ?? /\b(\d{1,2})[:.](\d{2})\b(?![.\-/]\d)/.exec(text.replace(NUMERIC, ' ').replace(ISO, ' '));
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

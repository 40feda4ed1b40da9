/**
 * A date as a secretary types it: `16-03-2026` (also `16.3.2026`, `16/3/2026`)
 * or `2026-03-16`. Tells an unfinished date from one that is complete but does
 * not exist (`31-02-2026`), so each gets its own message.
 */
export type DateParse =
  | { kind: 'ok'; iso: string }
  | { kind: 'empty' }
  | { kind: 'incomplete' }
  | { kind: 'noSuchMonth'; month: number }
  | { kind: 'noSuchDay'; day: number; month: number; year: number; daysInMonth: number };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseDate(text: string): DateParse {
  const value = text.trim();
  if (value === '') return { kind: 'empty' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const danish = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : danish ? [Number(danish[3]), Number(danish[2]), Number(danish[1])] : [];
  if (year === undefined || month === undefined || day === undefined) return { kind: 'incomplete' };
  if (month < 1 || month > 12) return { kind: 'noSuchMonth', month };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { kind: 'noSuchDay', day, month, year, daysInMonth: days };
  return { kind: 'ok', iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

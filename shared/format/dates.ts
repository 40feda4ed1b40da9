/**
 * Meeting dates are wall-clock dates (`YYYY-MM-DD`, `HH:MM`). Formatting goes
 * through Intl with da-DK in UTC so the machine's time zone can never shift a day.
 */
const LOCALE = 'da-DK';

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** A formatter made on first use: making one loads the locale's data (tens of milliseconds), which a start that formats no date never needs. */
function formatter(options: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  let made: Intl.DateTimeFormat | undefined;
  return () => (made ??= new Intl.DateTimeFormat(LOCALE, options));
}

const weekdayFmt = formatter({ weekday: 'long', timeZone: 'UTC' });
const monthFmt = formatter({ month: 'long', timeZone: 'UTC' });

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase(LOCALE) + s.slice(1);
}

/** `Tirsdag d. 03. februar 2026 kl. 14:30`, as printed in the protocols' front block. */
export function formatMeetingDateLong(isoDate: string, time: string): string {
  const d = utcDate(isoDate);
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${capitalize(weekdayFmt().format(d))} d. ${day}. ${monthFmt().format(d)} ${d.getUTCFullYear()} kl. ${time}`;
}

/** `03-02-2026`, as in `REFERAT <udvalg> d. 03-02-2026` and decision headings. */
export function formatDateShort(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}-${m}-${y}`;
}

const dayMonthYearFmt = formatter({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `3. februar 2026`, for running text and lists in the UI. */
export function formatDateMedium(isoDate: string): string {
  return dayMonthYearFmt().format(utcDate(isoDate));
}

const timestampFmt = formatter({
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Copenhagen',
});

/** `03-02-2026 kl. 15:42` for an instant (an approval), in Danish time whatever the machine's zone. */
export function formatTimestamp(isoInstant: string): string {
  const parts = Object.fromEntries(timestampFmt().formatToParts(new Date(isoInstant)).map((p) => [p.type, p.value]));
  return `${parts.day}-${parts.month}-${parts.year} kl. ${parts.hour}:${parts.minute}`;
}

/**
 * The machine's calendar date (`YYYY-MM-DD`) at `at`: "today" as the secretary's
 * own clock says it. Without Intl, whose first formatter costs tens of milliseconds.
 */
export function localIsoDate(at: Date): string {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

import { formatDateShort } from '../../../shared/format/dates.ts';

/**
 * `DD-MM-YYYY` for a stored `YYYY-MM-DD`. The postponement dates are not
 * validated by the schema, so anything else prints as stored rather than as a
 * scrambled date.
 */
export function printedDate(isoDate: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? formatDateShort(isoDate) : isoDate.trim();
}

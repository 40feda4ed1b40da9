import { parseDate } from '../../../shared/format/parseDate.ts';
import { meetingText } from '../../../shared/i18n/meeting.da.ts';

/**
 * The date field is text (`16-03-2026`): a native date input reports an
 * unfinished date and one that does not exist (`31-02-2026`) alike, as an empty
 * value, so it could not say which. Returns the ISO date, or the Danish reason.
 */
export function readDateField(text: string): { iso: string; error?: undefined } | { iso?: undefined; error: string } {
  const v = meetingText.validation;
  const parsed = parseDate(text);
  switch (parsed.kind) {
    case 'ok':
      return { iso: parsed.iso };
    case 'empty':
      return { error: v.dateRequired };
    case 'incomplete':
      return { error: v.dateIncomplete };
    case 'noSuchMonth':
      return { error: v.noSuchMonth(text.trim(), parsed.month) };
    case 'noSuchDay':
      return { error: v.noSuchDay(text.trim(), parsed.month, parsed.year, parsed.daysInMonth) };
  }
}

export function timeInputError(input: HTMLInputElement | null, value: string): string | undefined {
  if (input?.validity.badInput || !/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) return meetingText.validation.timeInvalid;
  return undefined;
}

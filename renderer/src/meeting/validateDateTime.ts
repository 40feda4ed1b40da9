import { meetingText } from '../../../shared/i18n/meeting.da.ts';

/**
 * Native date inputs report an unfinished date as an empty value with
 * `badInput`; both must be caught here, before the request, so the message
 * names the problem instead of the server's generic one.
 */
export function dateInputError(input: HTMLInputElement | null, value: string): string | undefined {
  if (input?.validity.badInput) return meetingText.validation.dateIncomplete;
  if (value === '') return meetingText.validation.dateRequired;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return meetingText.validation.dateIncomplete;
  return undefined;
}

export function timeInputError(input: HTMLInputElement | null, value: string): string | undefined {
  if (input?.validity.badInput || !/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) return meetingText.validation.timeInvalid;
  return undefined;
}

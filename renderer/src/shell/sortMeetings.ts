import type { MeetingSummary } from '../../../shared/domain/meeting.ts';

/**
 * Newest first: the meeting being prepared is the one the secretary wants on top.
 * Dates and times are fixed-width digits, so plain string order is date order, at a
 * fraction of localeCompare's cost for a committee page of a thousand meetings.
 */
export function sortMeetingsNewestFirst(meetings: MeetingSummary[]): MeetingSummary[] {
  const key = (m: MeetingSummary) => m.date + m.time;
  return [...meetings].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
}

import type { MeetingSummary } from '../../../shared/domain/meeting.ts';

/** Newest first: the meeting being prepared is the one the secretary wants on top. */
export function sortMeetingsNewestFirst(meetings: MeetingSummary[]): MeetingSummary[] {
  return [...meetings].sort((a, b) => `${b.date} ${b.time}`.localeCompare(`${a.date} ${a.time}`));
}

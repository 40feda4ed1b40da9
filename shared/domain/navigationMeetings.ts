import type { MeetingSummary } from './meeting.ts';

/** How many of a committee's meetings the navigation shows; the committee's page lists them all. */
export const NAVIGATION_MEETINGS = 10;

/** The navigation's start data: the meetings it shows, and how many each committee has in all. */
export type MeetingOverview = { meetings: MeetingSummary[]; totals: { committeeId: string; count: number }[] };

/**
 * The meetings of one committee that the navigation shows, newest first: the
 * next ones from `today` on and the latest held, half of each when a committee
 * has both, the rest from whichever side has more. A decade's archive would
 * otherwise put thousands of links in the sidebar, and a year of planned
 * meetings would push the one being prepared out of sight.
 *
 * `newestFirst` is one committee's meetings, sorted newest first; `today` is `YYYY-MM-DD`.
 */
export function navigationMeetings(newestFirst: readonly MeetingSummary[], today: string, limit = NAVIGATION_MEETINGS): MeetingSummary[] {
  if (newestFirst.length <= limit) return [...newestFirst];
  // The first index whose meeting lies before today: everything before it is upcoming.
  let split = newestFirst.findIndex((m) => m.date < today);
  if (split === -1) split = newestFirst.length;
  const upcoming = split;
  const past = newestFirst.length - split;
  const takeUpcoming = Math.min(upcoming, Math.max(Math.ceil(limit / 2), limit - past));
  const takePast = Math.min(past, limit - takeUpcoming);
  // The upcoming meetings nearest today are the last of the upcoming ones in newest-first order.
  return [...newestFirst.slice(split - takeUpcoming, split), ...newestFirst.slice(split, split + takePast)];
}

/** Every committee's navigation meetings and totals, from all meetings sorted newest first. */
export function meetingOverview(newestFirst: readonly MeetingSummary[], today: string, limit = NAVIGATION_MEETINGS): MeetingOverview {
  const byCommittee = new Map<string, MeetingSummary[]>();
  for (const m of newestFirst) {
    const own = byCommittee.get(m.committeeId);
    if (own) own.push(m);
    else byCommittee.set(m.committeeId, [m]);
  }
  const meetings: MeetingSummary[] = [];
  const totals: MeetingOverview['totals'] = [];
  for (const [committeeId, own] of byCommittee) {
    totals.push({ committeeId, count: own.length });
    meetings.push(...navigationMeetings(own, today, limit));
  }
  return { meetings, totals };
}

import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../../shared/domain/meeting.ts';
import { meetingOverview, navigationMeetings } from '../../../shared/domain/navigationMeetings.ts';

const meeting = (committeeId: string, date: string, time = '09:00'): MeetingSummary => ({
  id: `${committeeId}-${date}-${time}`,
  committeeId,
  date,
  time,
  location: 'Mødelokale 1',
  itemCount: 3,
  status: 'kladde',
  approvals: 0,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

/** `n` meetings a month apart from `from`, newest first. */
function monthly(committeeId: string, from: string, n: number): MeetingSummary[] {
  const [y, m] = from.split('-').map(Number) as [number, number];
  const list = Array.from({ length: n }, (_, i) => {
    const month = m - 1 + i;
    return meeting(committeeId, `${y + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-15`);
  });
  return list.reverse();
}

const dates = (list: MeetingSummary[]) => list.map((m) => m.date);

describe('navigationMeetings', () => {
  it('shows every meeting of a committee with few', () => {
    const list = monthly('a', '2026-01', 7);
    expect(navigationMeetings(list, '2026-12-02')).toEqual(list);
  });

  it('shows the next five and the latest five around today, newest first', () => {
    // Monthly from January 2020 to December 2030: 132 meetings, 48 of them after today.
    const list = monthly('a', '2020-01', 132);
    const shown = navigationMeetings(list, '2026-12-02');
    expect(dates(shown)).toEqual(['2027-04-15', '2027-03-15', '2027-02-15', '2027-01-15', '2026-12-15', '2026-11-15', '2026-10-15', '2026-09-15', '2026-08-15', '2026-07-15']);
  });

  it('counts a meeting today as upcoming', () => {
    const list = monthly('a', '2020-01', 132);
    expect(navigationMeetings(list, '2026-12-15')[4]!.date).toBe('2026-12-15');
  });

  it('fills from the side that has more: an archive of past meetings shows its latest ten', () => {
    const list = monthly('a', '2016-01', 120);
    expect(dates(navigationMeetings(list, '2026-12-02'))).toEqual(dates(list.slice(0, 10)));
    const planned = [...monthly('a', '2027-01', 2), ...monthly('a', '2016-01', 120)];
    expect(dates(navigationMeetings(planned, '2026-12-02'))).toEqual(dates(planned.slice(0, 10)));
  });

  it('a year planned ahead does not hide the next meeting', () => {
    const list = monthly('a', '2027-01', 24);
    const shown = navigationMeetings(list, '2026-12-02');
    expect(shown).toHaveLength(10);
    expect(shown.at(-1)!.date).toBe('2027-01-15');
  });
});

describe('meetingOverview', () => {
  it('gives each committee its own navigation meetings and its total', () => {
    const all = [...monthly('a', '2020-01', 30), ...monthly('b', '2026-06', 3)].sort((x, y) => (x.date < y.date ? 1 : -1));
    const overview = meetingOverview(all, '2026-12-02');
    expect(overview.totals).toEqual(expect.arrayContaining([{ committeeId: 'a', count: 30 }, { committeeId: 'b', count: 3 }]));
    expect(overview.meetings.filter((m) => m.committeeId === 'a')).toHaveLength(10);
    expect(overview.meetings.filter((m) => m.committeeId === 'b')).toHaveLength(3);
  });
});

import type { MeetingSummary } from '../../../shared/domain/meeting.ts';
import { formatMeetingDateLong } from '../../../shared/format/dates.ts';
import { committeeText } from '../../../shared/i18n/committee.da.ts';
import { StatusBadge } from '../meeting/StatusBadge.tsx';
import { routeHref } from '../shell/route.ts';

/** Runs of meetings in one year, in the order given. */
function byYear(meetings: MeetingSummary[]): { year: string; meetings: MeetingSummary[] }[] {
  const groups: { year: string; meetings: MeetingSummary[] }[] = [];
  for (const m of meetings) {
    const year = m.date.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.meetings.push(m);
    else groups.push({ year, meetings: [m] });
  }
  return groups;
}

/** A committee's meetings, newest first; under a heading per year once they span more than one. */
export function MeetingRows({ meetings }: { meetings: MeetingSummary[] }) {
  const groups = byYear(meetings);
  const rows = (list: MeetingSummary[], label?: string) => (
    <ul className="meeting-rows" aria-label={label}>
      {list.map((m) => (
        <li key={m.id}>
          <a href={routeHref({ kind: 'meeting', meetingId: m.id, tab: 'dagsorden' })}>
            <span className="meeting-row-date">{formatMeetingDateLong(m.date, m.time)}</span>
            <span className="meeting-row-place">{m.location}</span>
            <span className="meeting-row-meta">
              <StatusBadge status={m.status} />
              {committeeText.page.itemCount(m.itemCount)}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
  if (groups.length === 1) return rows(meetings);
  return (
    <>
      {groups.map((g) => (
        <section key={g.year} className="meeting-year" aria-labelledby={`meeting-year-${g.year}`}>
          <h3 id={`meeting-year-${g.year}`}>
            {g.year} <span className="muted">({committeeText.page.yearCount(g.meetings.length)})</span>
          </h3>
          {rows(g.meetings, committeeText.page.meetingsIn(g.year))}
        </section>
      ))}
    </>
  );
}

import { useAppDataContext } from '../data/AppDataContext.ts';
import { routeHref } from '../shell/route.ts';
import { sortMeetingsNewestFirst } from '../shell/sortMeetings.ts';
import { formatMeetingDateLong } from '../../../shared/format/dates.ts';
import { NewMeetingForm } from '../meeting/NewMeetingForm.tsx';
import { CommitteeEditForm } from './CommitteeEditForm.tsx';
import { StatusBadge } from '../meeting/StatusBadge.tsx';
import { MemberKeys } from './MemberKeys.tsx';
import { uiText } from '../../../shared/i18n/ui.da.ts';
import { committeeText } from '../../../shared/i18n/committee.da.ts';

export function CommitteeView({ committeeId }: { committeeId: string }) {
  const { committees, meetings, loaded } = useAppDataContext();
  const committee = committees.find((c) => c.id === committeeId);
  if (!loaded) return <p className="muted page-pad">{uiText.loading}</p>;
  if (!committee) return <p className="page-pad error-text">{committeeText.page.notFound}</p>;
  const own = sortMeetingsNewestFirst(meetings.filter((m) => m.committeeId === committeeId));

  return (
    <div className="page">
      <header className="page-header">
        <p className="kicker">{committeeText.page.kicker}</p>
        <h1>{committee.name}</h1>
        <p className="muted">{committeeText.page.membersCount(committee.members.length)}</p>
      </header>
      <section className="card" aria-labelledby="committee-meetings-heading">
        <h2 id="committee-meetings-heading">{committeeText.page.meetingsHeading}</h2>
        {own.length === 0 ? (
          <p className="muted">{committeeText.page.noMeetings}</p>
        ) : (
          <ul className="meeting-rows">
            {own.map((m) => (
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
        )}
      </section>
      <NewMeetingForm key={committee.id} committee={committee} />
      <CommitteeEditForm key={`edit-${committee.id}`} committee={committee} />
      <MemberKeys committee={committee} />
    </div>
  );
}

import { useAppDataContext } from '../data/AppDataContext.ts';
import { useCommitteeMeetings } from '../data/useCommitteeMeetings.ts';
import { sortMeetingsNewestFirst } from '../shell/sortMeetings.ts';
import { NewMeetingForm } from '../meeting/NewMeetingForm.tsx';
import { CommitteeEditForm } from './CommitteeEditForm.tsx';
import { MeetingRows } from './MeetingRows.tsx';
import { MemberKeys } from './MemberKeys.tsx';
import { uiText } from '../../../shared/i18n/ui.da.ts';
import { committeeText } from '../../../shared/i18n/committee.da.ts';

export function CommitteeView({ committeeId }: { committeeId: string }) {
  const { committees, loaded } = useAppDataContext();
  const listed = useCommitteeMeetings(committeeId);
  const committee = committees.find((c) => c.id === committeeId);
  if (!loaded) return <p className="muted page-pad">{uiText.loading}</p>;
  if (!committee) return <p className="page-pad error-text">{committeeText.page.notFound}</p>;

  return (
    <div className="page">
      <header className="page-header">
        <p className="kicker">{committeeText.page.kicker}</p>
        <h1>{committee.name}</h1>
        <p className="muted">{committeeText.page.membersCount(committee.members.length)}</p>
      </header>
      <section className="card" aria-labelledby="committee-meetings-heading">
        <h2 id="committee-meetings-heading">{committeeText.page.meetingsHeading}</h2>
        {listed.error ? (
          <p className="error-text" role="alert">
            {committeeText.page.meetingsFailed(listed.error)}
          </p>
        ) : !listed.meetings ? (
          <p className="muted">{uiText.loading}</p>
        ) : listed.meetings.length === 0 ? (
          <p className="muted">{committeeText.page.noMeetings}</p>
        ) : (
          <MeetingRows meetings={sortMeetingsNewestFirst(listed.meetings)} />
        )}
      </section>
      <NewMeetingForm key={committee.id} committee={committee} />
      <CommitteeEditForm key={`edit-${committee.id}`} committee={committee} />
      <MemberKeys committee={committee} />
    </div>
  );
}

import { useAppDataContext } from '../data/AppDataContext.ts';
import { useMeeting } from '../data/useMeeting.ts';
import { useApprovalStatus } from '../data/useApprovalStatus.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
import type { Route } from '../shell/route.ts';
import { MeetingHeader } from './MeetingHeader.tsx';
import { MeetingTabs } from './MeetingTabs.tsx';
import { AgendaView } from '../agenda/AgendaView.tsx';
import { SignaturePage } from '../approval/SignaturePage.tsx';
import { IntegrityBanner } from '../approval/IntegrityBanner.tsx';
import { uiText } from '../../../shared/i18n/ui.da.ts';
import { meetingText } from '../../../shared/i18n/meeting.da.ts';

type Props = { route: Extract<Route, { kind: 'meeting' }> };

export function MeetingView({ route }: Props) {
  const state = useMeeting(route.meetingId);
  const { committees } = useAppDataContext();
  const { meeting, loadError } = state;
  const approval = useApprovalStatus(meeting);

  if (loadError) {
    return (
      <p className="page-pad error-text" role="alert">
        {meetingText.loadFailed(loadError)}
      </p>
    );
  }
  if (!meeting) return <p className="muted page-pad">{uiText.loading}</p>;
  const committee = committees.find((c) => c.id === meeting.committeeId);
  if (!committee) return <p className="muted page-pad">{uiText.loading}</p>;
  // What the protocol prints: the committee as frozen when it was sent, else the live one.
  const printed = effectiveCommittee(committee, meeting);

  return (
    <div className="meeting-page">
      <MeetingHeader meeting={meeting} committee={printed} state={state} onLogged={() => void approval.reload()} />
      <IntegrityBanner status={approval.status} />
      <MeetingTabs meeting={meeting} route={route} />
      <div
        role="tabpanel"
        id={`panel-${route.tab}`}
        aria-labelledby={`tab-${route.tab}`}
        className="meeting-panel"
      >
        {route.tab === 'dagsorden' ? (
          <AgendaView meeting={meeting} committee={printed} state={state} selectedItemId={route.itemId} />
        ) : (
          <SignaturePage meeting={meeting} committee={committee} state={state} approval={approval} />
        )}
      </div>
    </div>
  );
}

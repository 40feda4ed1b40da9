import { useAppDataContext } from '../data/AppDataContext.ts';
import { useMeeting } from '../data/useMeeting.ts';
import type { Route } from '../routing/route.ts';
import { MeetingHeader } from './MeetingHeader.tsx';
import { MeetingTabs } from './MeetingTabs.tsx';
import { AgendaView } from './AgendaView.tsx';
import { SignaturePage } from './SignaturePage.tsx';
import { ui } from '../ui.ts';

type Props = { route: Extract<Route, { kind: 'meeting' }> };

export function MeetingView({ route }: Props) {
  const state = useMeeting(route.meetingId);
  const { committees } = useAppDataContext();
  const { meeting, loadError } = state;

  if (loadError) {
    return (
      <p className="page-pad error-text" role="alert">
        {ui.meeting.loadFailed(loadError)}
      </p>
    );
  }
  if (!meeting) return <p className="muted page-pad">{ui.common.loading}</p>;
  const committee = committees.find((c) => c.id === meeting.committeeId);
  if (!committee) return <p className="muted page-pad">{ui.common.loading}</p>;

  return (
    <div className="meeting-page">
      <MeetingHeader meeting={meeting} committee={committee} state={state} />
      <MeetingTabs meeting={meeting} route={route} />
      <div
        role="tabpanel"
        id={`panel-${route.tab}`}
        aria-labelledby={`tab-${route.tab}`}
        className="meeting-panel"
      >
        {route.tab === 'dagsorden' ? (
          <AgendaView meeting={meeting} committee={committee} state={state} selectedItemId={route.itemId} />
        ) : (
          <SignaturePage meeting={meeting} committee={committee} state={state} />
        )}
      </div>
    </div>
  );
}

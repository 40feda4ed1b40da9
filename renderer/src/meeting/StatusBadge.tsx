import type { MeetingStatus } from '../../../shared/domain/meeting.ts';
import { meetingText } from '../../../shared/i18n/meeting.da.ts';

export function StatusBadge({ status }: { status: MeetingStatus }) {
  return <span className={`badge status-${status}`}>{meetingText.status[status]}</span>;
}

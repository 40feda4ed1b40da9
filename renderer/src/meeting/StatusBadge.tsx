import type { MeetingStatus } from '../../../shared/domain/meeting.ts';
import { ui } from '../ui.ts';

export function StatusBadge({ status }: { status: MeetingStatus }) {
  return <span className={`badge status-${status}`}>{ui.status[status]}</span>;
}

import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { formatMeetingDateLong, formatTimestamp } from '../../../shared/format/dates.ts';
import { participantName } from '../committee/memberLine.ts';
import { ui } from '../ui.ts';

type Props = { committee: Committee; meeting: Meeting; shortFingerprint: string; sentAt?: string };

/** The front block of the protocol under review, with the fingerprint the approval is bound to. */
export function ProtocolFacts({ committee, meeting, shortFingerprint, sentAt }: Props) {
  const present = meeting.participants.filter((p) => p.attendance === 'til_stede').map((p) => participantName(committee, p.memberId));
  return (
    <dl className="protocol-facts">
      <div>
        <dt>{ui.review.meetingFacts}</dt>
        <dd>
          {formatMeetingDateLong(meeting.date, meeting.time)}
          {meeting.location && ` · ${meeting.location}`}
        </dd>
      </div>
      <div>
        <dt>{ui.review.present}</dt>
        <dd>{present.join(', ')}</dd>
      </div>
      <div>
        <dt>{ui.signature.fingerprint}</dt>
        <dd>
          <code className="fingerprint-code">{shortFingerprint}</code>
          {sentAt && <span className="muted"> · {ui.review.sentAt(formatTimestamp(sentAt))}</span>}
        </dd>
      </div>
    </dl>
  );
}

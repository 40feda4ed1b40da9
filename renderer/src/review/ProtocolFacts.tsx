import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { formatMeetingDateLong, formatTimestamp } from '../../../shared/format/dates.ts';
import { participantName } from '../committee/memberLine.ts';
import { memberDisplayName } from '../../../shared/domain/committee.ts';
import { reviewText } from '../../../shared/i18n/review.da.ts';

type Props = { committee: Committee; meeting: Meeting; shortFingerprint: string; sentAt?: string };

/** The front block of the protocol under review, with the fingerprint the approval is bound to. */
export function ProtocolFacts({ committee, meeting, shortFingerprint, sentAt }: Props) {
  const present = [
    ...meeting.participants.filter((p) => p.attendance === 'til_stede').map((p) => participantName(committee, p.memberId)),
    ...meeting.participants.flatMap((p) => (p.attendance !== 'til_stede' && p.substitute ? [reviewText.substitute(memberDisplayName(p.substitute), participantName(committee, p.memberId))] : [])),
  ];
  return (
    <dl className="protocol-facts">
      <div>
        <dt>{reviewText.meetingFacts}</dt>
        <dd>
          {formatMeetingDateLong(meeting.date, meeting.time)}
          {meeting.location && ` · ${meeting.location}`}
        </dd>
      </div>
      <div>
        <dt>{reviewText.present}</dt>
        <dd>{present.join(', ')}</dd>
      </div>
      <div>
        <dt>{reviewText.fingerprint}</dt>
        <dd>
          <code className="fingerprint-code">{shortFingerprint}</code>
          {sentAt && <span className="muted"> · {reviewText.sentAt(formatTimestamp(sentAt))}</span>}
        </dd>
      </div>
    </dl>
  );
}

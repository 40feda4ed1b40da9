import { useState } from 'react';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting, Participant } from '../../../shared/domain/meeting.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
import { formatTimestamp } from '../../../shared/format/dates.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import type { ApprovalStatusState } from '../data/useApprovalStatus.ts';
import { memberById, participantName } from '../committee/memberLine.ts';
import { roleLabel } from '../committee/roleLabel.ts';
import { attendanceLabel } from '../meeting/attendanceLabel.ts';
import { answerAsMember } from './approvalCommands.ts';
import { ReviewDialog } from '../review/ReviewDialog.tsx';
import { ChangeSummary } from './ChangeSummary.tsx';
import { RemoteRound } from './RemoteRound.tsx';
import { AuditTrail } from './AuditTrail.tsx';
import { approvalText } from '../../../shared/i18n/approval.da.ts';

type Props = { meeting: Meeting; committee: Committee; state: MeetingState; approval: ApprovalStatusState };

export function SignaturePage({ meeting, committee, state, approval }: Props) {
  const t = approvalText.signature;
  const [reviewing, setReviewing] = useState<string>();
  const status = approval.status;
  // Names and roles as the protocol prints them: frozen with the committee when it was sent.
  const printed = effectiveCommittee(committee, meeting);
  const sent = meeting.status === 'til_godkendelse';
  const locked = sent || meeting.status === 'godkendt';
  const present = meeting.participants.filter((p) => p.attendance === 'til_stede');
  const approvedCount = present.filter((p) => meeting.approvals.some((a) => a.memberId === p.memberId)).length;
  const complete = present.length > 0 && approvedCount === present.length;
  const shortFingerprint = status?.sentShortFingerprint ?? status?.shortFingerprint;
  const changes =
    status?.lastReopening && locked ? <ChangeSummary reopening={status.lastReopening} changes={status.changesSinceReopening} className="change-summary inset" /> : undefined;

  async function answer(memberId: string, decision: Parameters<typeof answerAsMember>[3]) {
    await answerAsMember(meeting, state, memberId, decision);
    setReviewing(undefined);
  }

  const approve = (memberId: string) => answer(memberId, { decision: 'godkendt' });
  const reject = (memberId: string, comment: string) => answer(memberId, { decision: 'afvist', comment });

  function stateCell(p: Participant) {
    const approvalOf = meeting.approvals.find((a) => a.memberId === p.memberId);
    const rejection = meeting.rejections.find((r) => r.memberId === p.memberId);
    if (p.attendance !== 'til_stede') return <span className="muted">{t.notPresent}</span>;
    if (approvalOf) {
      return (
        <span className="approved">
          <span aria-hidden="true">✓ </span>
          {t.approved(formatTimestamp(approvalOf.approvedAt))}
          {approvalOf.method === 'fjern' && <span className="method"> · {t.remote}</span>}
        </span>
      );
    }
    if (rejection) {
      return (
        <span className="rejected">
          <span className="rejected-head">
            <span aria-hidden="true">✗ </span>
            {t.rejected(formatTimestamp(rejection.rejectedAt))}
            {rejection.method === 'fjern' && <span className="method"> · {t.remote}</span>}
          </span>
          <q className="rejection-comment">{rejection.comment}</q>
        </span>
      );
    }
    return sent ? <span className="pending">{t.pending}</span> : <span className="muted">{t.notSentState}</span>;
  }

  const reviewingName = reviewing ? participantName(printed, reviewing) : '';

  return (
    <div className="signature-layout">
      <section className="signature-page card" aria-labelledby="signature-heading">
        <h2 id="signature-heading" tabIndex={-1}>
          {t.heading}
        </h2>
        <p className="signature-intro">{t.intro(printed.name)}</p>
        {shortFingerprint && (
          <p className="fingerprint-line">
            <span className="fingerprint-label">{t.fingerprint}:</span> <code className="fingerprint-code">{shortFingerprint}</code>
            <span className="hint"> {t.fingerprintHint}</span>
          </p>
        )}
        {!locked && <p className="notice">{t.notSent}</p>}
        {locked && (
          <p className={complete ? 'signature-progress complete' : 'signature-progress'} role="status" tabIndex={-1}>
            {complete ? t.allApproved : t.progress(approvedCount, present.length)}
          </p>
        )}
        {meeting.participants.length === 0 ? (
          <p className="muted">{t.noParticipants}</p>
        ) : (
          <table className="signature-table" aria-labelledby="signature-heading">
            <thead>
              <tr>
                <th scope="col">{t.colMember}</th>
                <th scope="col">{t.colRole}</th>
                <th scope="col">{t.colAttendance}</th>
                <th scope="col">{t.colApproval}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.colAction}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {meeting.participants.map((p) => {
                const name = participantName(printed, p.memberId);
                const member = memberById(printed, p.memberId);
                const canApprove = sent && p.attendance === 'til_stede' && !meeting.approvals.some((a) => a.memberId === p.memberId);
                return (
                  <tr key={p.memberId} className={p.attendance === 'til_stede' ? '' : 'absent'}>
                    <th scope="row">{name}</th>
                    <td>{member ? roleLabel(member.role) : ''}</td>
                    <td>{attendanceLabel(p.attendance)}</td>
                    <td className="approval-cell">{stateCell(p)}</td>
                    <td className="action-cell">
                      {canApprove && (
                        <button type="button" className="button primary small" data-approve aria-label={t.approveAs(name)} onClick={() => setReviewing(p.memberId)}>
                          {t.approve}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      {status?.lastReopening && <ChangeSummary reopening={status.lastReopening} changes={status.changesSinceReopening} className="card change-summary" level={2} />}
      {sent && <RemoteRound meeting={meeting} committee={committee} state={state} onLogged={() => void approval.reload()} />}
      {status && <AuditTrail entries={status.audit} intact={status.auditIntact} nameOf={(id) => participantName(printed, id)} />}
      {reviewing && shortFingerprint && (
        <ReviewDialog
          committee={printed}
          meeting={meeting}
          memberName={reviewingName}
          shortFingerprint={shortFingerprint}
          changes={changes}
          onApprove={() => approve(reviewing)}
          onReject={(comment) => reject(reviewing, comment)}
          onClose={() => setReviewing(undefined)}
        />
      )}
    </div>
  );
}

import { useState } from 'react';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { isSignersAnswer, signerDisplayName, signerRef, signersOf, type Signer } from '../../../shared/domain/signers.ts';
import { reviewText } from '../../../shared/i18n/review.da.ts';
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
  const [reviewing, setReviewing] = useState<Signer>();
  const status = approval.status;
  // Names and roles as the protocol prints them: frozen with the committee when it was sent.
  const printed = effectiveCommittee(committee, meeting);
  const sent = meeting.status === 'til_godkendelse';
  const locked = sent || meeting.status === 'godkendt';
  // Who signs: members present, and the stedfortræder of each absent member who had one.
  const signers = signersOf(printed, meeting);
  const viewOf = (signer: Signer) => status?.signers.find((v) => v.ref === signerRef(signer));
  const approvalOf = (signer: Signer) => meeting.approvals.find((a) => isSignersAnswer(signer, a));
  const approvedCount = signers.filter((s) => approvalOf(s) && viewOf(s)?.approval?.check !== 'usigneret').length;
  const complete = signers.length > 0 && approvedCount === signers.length;
  const absentWithoutSubstitute = meeting.participants.filter((p) => p.attendance !== 'til_stede' && !p.substitute);
  const shortFingerprint = status?.sentShortFingerprint ?? status?.shortFingerprint;
  const changes =
    status?.lastReopening && locked ? <ChangeSummary reopening={status.lastReopening} changes={status.changesSinceReopening} className="change-summary inset" /> : undefined;

  async function answer(signer: Signer, decision: Parameters<typeof answerAsMember>[3]) {
    await answerAsMember(meeting, state, signer, decision);
    setReviewing(undefined);
  }

  const nameOf = (signer: Signer) => (signer.standsInFor ? reviewText.substitute(signerDisplayName(signer), signer.standsInFor) : signerDisplayName(signer));

  function stateCell(signer: Signer) {
    const given = approvalOf(signer);
    const view = viewOf(signer);
    const rejection = meeting.rejections.find((r) => isSignersAnswer(signer, r));
    if (given) {
      const check = view?.approval?.check;
      return (
        <span className="approved">
          <span aria-hidden="true">✓ </span>
          {t.approved(formatTimestamp(given.approvedAt))}
          {given.method === 'fjern' && <span className="method"> · {t.remote}</span>}
          {view?.approval?.keyFingerprint && <span className="key-line">{t.key(view.approval.keyFingerprint)}</span>}
          {check && check !== 'gyldig' && (
            <span className="signature-invalid" role="note">
              <span aria-hidden="true">⚠ </span>
              {t.invalid[check]}
            </span>
          )}
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

  const keyState = (signer: Signer) => {
    const key = viewOf(signer)?.key;
    return key === 'her' ? ('enter' as const) : key === 'maskine' ? ('machine' as const) : key === 'egen' ? ('elsewhere' as const) : ('choose' as const);
  };

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
            {complete ? t.allApproved : t.progress(approvedCount, signers.length)}
          </p>
        )}
        {meeting.participants.length === 0 ? (
          <p className="muted">{t.noParticipants}</p>
        ) : (
          <table className="compact-table signature-table" aria-labelledby="signature-heading">
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
              {signers.map((signer) => {
                const name = nameOf(signer);
                const canApprove = sent && !approvalOf(signer);
                return (
                  <tr key={signerRef(signer)}>
                    <th scope="row">{name}</th>
                    <td>{signer.standsInFor ? t.substituteRole : roleLabel(signer.role)}</td>
                    <td>{attendanceLabel('til_stede')}</td>
                    <td className="approval-cell">{stateCell(signer)}</td>
                    <td className="action-cell">
                      {canApprove && (
                        <button type="button" className="button primary small" data-approve aria-label={t.approveAs(name)} onClick={() => setReviewing(signer)}>
                          {t.approve}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
              {absentWithoutSubstitute.map((p) => {
                const member = memberById(printed, p.memberId);
                return (
                  <tr key={p.memberId} className="absent">
                    <th scope="row">{participantName(printed, p.memberId)}</th>
                    <td>{member ? roleLabel(member.role) : ''}</td>
                    <td>{attendanceLabel(p.attendance)}</td>
                    <td className="approval-cell">
                      <span className="muted">{t.notPresent}</span>
                    </td>
                    <td className="action-cell" />
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {status?.auditHead && locked && <p className="hint audit-head-line">{t.auditHead(status.auditHead.seq, status.auditHead.short)}</p>}
      </section>
      {status?.lastReopening && <ChangeSummary reopening={status.lastReopening} changes={status.changesSinceReopening} className="card change-summary" level={2} />}
      {sent && <RemoteRound meeting={meeting} committee={committee} state={state} onLogged={() => void approval.reload()} />}
      {status && <AuditTrail entries={status.audit} intact={status.auditIntact} nameOf={(id) => participantName(printed, id)} />}
      {reviewing && shortFingerprint && (
        <ReviewDialog
          committee={printed}
          meeting={meeting}
          memberName={nameOf(reviewing)}
          shortFingerprint={shortFingerprint}
          changes={changes}
          keyState={keyState(reviewing)}
          onApprove={(secret) => answer(reviewing, { decision: 'godkendt', code: secret?.code ?? '', ...(secret?.codeRepeat !== undefined ? { codeRepeat: secret.codeRepeat } : {}) })}
          onReject={(comment, secret) => answer(reviewing, { decision: 'afvist', comment, code: secret?.code ?? '', ...(secret?.codeRepeat !== undefined ? { codeRepeat: secret.codeRepeat } : {}) })}
          onClose={() => setReviewing(undefined)}
        />
      )}
    </div>
  );
}

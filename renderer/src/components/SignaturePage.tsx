import { useState } from 'react';
import { api } from '../api/apiClient.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { formatTimestamp } from '../../../shared/format/dates.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { errorMessage } from '../lib/errorMessage.ts';
import { memberById, participantName } from '../lib/memberLine.ts';
import { ui } from '../ui.ts';

type Props = { meeting: Meeting; committee: Committee; state: MeetingState };

export function SignaturePage({ meeting, committee, state }: Props) {
  const t = ui.signature;
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<{ memberId: string; text: string }>();
  const present = meeting.participants.filter((p) => p.attendance === 'til_stede');
  const approvedCount = present.filter((p) => meeting.approvals.some((a) => a.memberId === p.memberId)).length;

  async function approve(memberId: string) {
    setBusy(memberId);
    setError(undefined);
    try {
      state.apply(await saveTracker.run(`approval:${meeting.id}:${memberId}`, () => api.call('approvals.approve', { meetingId: meeting.id, memberId })));
    } catch (e) {
      setError({ memberId, text: t.failed(errorMessage(e)) });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section className="signature-page card" aria-labelledby="signature-heading">
      <h2 id="signature-heading">{t.heading}</h2>
      <p className="signature-intro">{t.intro(committee.name)}</p>
      <p className="signature-progress" role="status">
        {present.length > 0 && approvedCount === present.length ? t.allApproved : ui.meeting.approvals(approvedCount, present.length)}
      </p>
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
            </tr>
          </thead>
          <tbody>
            {meeting.participants.map((p) => {
              const name = participantName(committee, p.memberId);
              const member = memberById(committee, p.memberId);
              const approval = meeting.approvals.find((a) => a.memberId === p.memberId);
              return (
                <tr key={p.memberId} className={p.attendance === 'til_stede' ? '' : 'absent'}>
                  <th scope="row">{name}</th>
                  <td>{member ? ui.roles[member.role] : ''}</td>
                  <td>{ui.attendance[p.attendance]}</td>
                  <td className="approval-cell">
                    {approval ? (
                      <span className="approved">
                        <span aria-hidden="true">✓ </span>
                        {t.approved(formatTimestamp(approval.approvedAt))}
                      </span>
                    ) : p.attendance === 'til_stede' ? (
                      <button
                        type="button"
                        className="button primary small"
                        aria-label={t.approveAs(name)}
                        disabled={busy === p.memberId}
                        onClick={() => void approve(p.memberId)}
                      >
                        {busy === p.memberId ? t.approving : t.approve}
                      </button>
                    ) : (
                      <span className="muted">{t.notPresent}</span>
                    )}
                    {error?.memberId === p.memberId && (
                      <p className="action-error" role="alert">
                        {error.text}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

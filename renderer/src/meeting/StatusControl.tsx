import { useState } from 'react';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { MANUAL_STATUS_STEPS, type ManualStatus } from '../../../shared/domain/statusTransitions.ts';
import { meetingText } from '../../../shared/i18n/meeting.da.ts';
import { setMeetingStatus } from './meetingCommands.ts';
import type { PublishCheckView } from '../../../shared/api/contract.ts';
import { checkDocument } from '../export/exportCommands.ts';
import { PublishCheckDialog } from '../export/PublishCheckDialog.tsx';
import { exportText } from '../../../shared/i18n/export.da.ts';

type Props = { meeting: Meeting; state: MeetingState };

/** The meeting's status, what it allows, and the next steps the secretary may take from here. */
export function StatusControl({ meeting, state }: Props) {
  const t = meetingText.statusControl;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [check, setCheck] = useState<PublishCheckView>();
  const steps = MANUAL_STATUS_STEPS[meeting.status];

  /** Marking the dagsorden sent runs »Tjek før udsendelse« on its public version first; findings open the dialog. */
  async function step(status: ManualStatus) {
    if (status !== 'udsendt') return go(status);
    setBusy(true);
    setMessage(undefined);
    try {
      const view = await checkDocument(meeting.id, 'dagsorden', 'offentlig');
      setBusy(false);
      if (view.findings.length === 0) return go(status);
      setCheck(view);
    } catch (e) {
      setBusy(false);
      setMessage({ ok: false, text: exportText.check.failed(errorMessage(e)) });
    }
  }

  async function go(status: ManualStatus) {
    setBusy(true);
    setMessage(undefined);
    try {
      await setMeetingStatus(meeting, state, status);
      setMessage({ ok: true, text: t.changed(meetingText.status[status]) });
    } catch (e) {
      setMessage({ ok: false, text: t.failed(errorMessage(e)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="status-control" aria-label={t.controlLabel}>
      <p className="status-explanation" id="status-explanation" tabIndex={-1}>
        {t.explanation[meeting.status]}
      </p>
      {(steps.length > 0 || meeting.status === 'afholdt') && (
        <div className="status-steps" role="group" aria-label={t.nextSteps} aria-describedby="status-explanation">
          {steps.map((status) => (
            <button
              key={status}
              type="button"
              className={status === 'kladde' ? 'button small quiet' : 'button small'}
              title={t.moveToHint[status]}
              disabled={busy}
              onClick={() => void step(status)}
            >
              {t.moveTo[status]}
            </button>
          ))}
          {meeting.status === 'afholdt' && <span className="hint">{t.approvalNext}</span>}
        </div>
      )}
      {message && (
        <p className={message.ok ? 'action-ok' : 'action-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {check && (
        <PublishCheckDialog
          meetingId={meeting.id}
          view={check}
          purpose="udsendt"
          blocking
          onClose={() => setCheck(undefined)}
          onProceed={() => {
            setCheck(undefined);
            void go('udsendt');
          }}
        />
      )}
    </section>
  );
}

import { useRef, useState } from 'react';
import { isContentLocked, type Meeting } from '../../../shared/domain/meeting.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { FieldError } from '../ui/FieldError.tsx';
import { uiText } from '../../../shared/i18n/ui.da.ts';
import { approvalText } from '../../../shared/i18n/approval.da.ts';
import { reopenProtocol, sendForApproval } from './approvalCommands.ts';
import type { PublishCheckView } from '../../../shared/api/contract.ts';
import { checkDocument } from '../export/exportCommands.ts';
import { PublishCheckDialog } from '../export/PublishCheckDialog.tsx';
import { exportText } from '../../../shared/i18n/export.da.ts';

type Props = { meeting: Meeting; state: MeetingState };

/** The two steps that move a protocol in and out of the approval round: send, and reopen with a reason. */
export function ApprovalActions({ meeting, state }: Props) {
  const t = approvalText.actions;
  const [dialog, setDialog] = useState<'send' | 'reopen'>();
  const [check, setCheck] = useState<PublishCheckView>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const locked = isContentLocked(meeting);
  const present = meeting.participants.filter((p) => p.attendance === 'til_stede').length;

  function open(kind: 'send' | 'reopen') {
    setError(undefined);
    setReason('');
    setReasonError(undefined);
    setDialog(kind);
  }

  /**
   * »Tjek før udsendelse« on the referat's public version before it goes to approval: what the members
   * sign is what will be published, so findings are shown first. Sending is not publishing: nothing blocks.
   */
  async function checkThenSend() {
    setError(undefined);
    setBusy(true);
    try {
      const view = await checkDocument(meeting.id, 'referat', 'offentlig');
      if (view.findings.length === 0) open('send');
      else setCheck(view);
    } catch (e) {
      setError(exportText.check.failed(errorMessage(e)));
    } finally {
      setBusy(false);
    }
  }

  async function send() {
    setBusy(true);
    try {
      await sendForApproval(meeting, state);
      setDialog(undefined);
    } catch (e) {
      setDialog(undefined);
      // A failed autosave already carries its Danish message; anything else goes through the usual mapping.
      setError(t.sendFailed(e instanceof Error && !('code' in e) ? t.saveFailed(e.message) : errorMessage(e)));
    } finally {
      setBusy(false);
    }
  }

  async function reopen() {
    if (reason.trim().length < 3) {
      setReasonError(t.reasonRequired);
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await reopenProtocol(meeting, state, reason.trim());
      setDialog(undefined);
    } catch (e) {
      setDialog(undefined);
      setError(t.reopenFailed(errorMessage(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {locked ? (
        <button type="button" className="button" onClick={() => open('reopen')}>
          {t.reopen}
        </button>
      ) : (
        <button type="button" className="button primary" disabled={busy} onClick={() => void checkThenSend()}>
          {t.send}
        </button>
      )}
      {error && (
        <p className="action-error" role="alert">
          {error}
        </p>
      )}
      {check && (
        <PublishCheckDialog
          meetingId={meeting.id}
          view={check}
          purpose="godkendelse"
          blocking={false}
          onProceed={() => {
            setCheck(undefined);
            open('send');
          }}
          onClose={() => setCheck(undefined)}
        />
      )}
      {dialog === 'send' && (
        <ConfirmDialog
          heading={t.sendHeading}
          text={t.sendText(present)}
          confirmLabel={busy ? t.sending : t.sendConfirm}
          tone="primary"
          busy={busy}
          onConfirm={() => void send()}
          onCancel={() => setDialog(undefined)}
        />
      )}
      {dialog === 'reopen' && (
        <ConfirmDialog
          heading={t.reopenHeading}
          text={t.reopenText(meeting.approvals.length)}
          confirmLabel={busy ? t.reopening : t.reopenConfirm}
          busy={busy}
          onConfirm={() => void reopen()}
          onCancel={() => setDialog(undefined)}
        >
          <div className="field dialog-field">
            <label htmlFor="reopen-reason">
              {t.reason} <span className="required">({uiText.required})</span>
            </label>
            <textarea
              id="reopen-reason"
              ref={reasonRef}
              rows={3}
              maxLength={2000}
              autoFocus
              placeholder={t.reasonHint}
              value={reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? 'reopen-reason-error' : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            <FieldError id="reopen-reason-error" message={reasonError} />
          </div>
        </ConfirmDialog>
      )}
    </>
  );
}

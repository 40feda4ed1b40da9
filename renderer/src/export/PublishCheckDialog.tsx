import { useEffect, useRef, useState } from 'react';
import type { PublishCheckView } from '../../../shared/api/contract.ts';
import type { Finding } from '../../../shared/domain/publishCheck/types.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { isBlocked, jumpToFinding, overrideCheck } from './exportCommands.ts';
import { exportText } from '../../../shared/i18n/export.da.ts';
import { publishCheckText } from '../../../shared/i18n/publishCheck.da.ts';
import { uiText } from '../../../shared/i18n/ui.da.ts';

/** What the check stands before: an export, marking the dagsorden sent, sending the referat to approval, or a look on demand. */
export type CheckPurpose = 'export' | 'udsendt' | 'godkendelse' | 'manual';

type Props = {
  meetingId: string;
  view: PublishCheckView;
  purpose: CheckPurpose;
  /** Whether errors stop this step until they are fixed or overridden (a public document). */
  blocking: boolean;
  onProceed?(): void;
  onClose(): void;
};

/**
 * »Tjek før udsendelse«: the findings per item, each a jump to its place.
 * Errors hold a public document back until fixed or overridden with a reason,
 * which the core logs; warnings never block.
 */
export function PublishCheckDialog({ meetingId, view: initial, purpose, blocking, onProceed, onClose }: Props) {
  const t = exportText.check;
  const ref = useRef<HTMLDialogElement>(null);
  const [view, setView] = useState(initial);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const blocked = blocking && isBlocked(view);
  const clean = view.findings.length === 0;

  async function override() {
    setBusy(true);
    setError(undefined);
    try {
      setView(await overrideCheck(meetingId, view.variant, view.audience, reason));
    } catch (err) {
      setError(t.overrideFailed(errorMessage(err)));
    } finally {
      setBusy(false);
    }
  }

  function jump(finding: Finding) {
    onClose();
    jumpToFinding(meetingId, finding);
  }

  return (
    <dialog ref={ref} className="confirm-dialog publish-check" aria-labelledby="publish-check-heading" aria-describedby="publish-check-summary" onCancel={onClose}>
      <h2 id="publish-check-heading">{t.heading}</h2>
      <p className="muted">{t.of(view.variant, view.audience)}</p>
      <p id="publish-check-summary" role="status">
        {clean ? t.clean : publishCheckText.summary(view.errors, view.warnings)}
      </p>
      {!clean && (
        <ul className="publish-findings" aria-label={t.findingsLabel}>
          {view.findings.map((finding, index) => (
            <li key={index} className={`publish-finding ${finding.severity}`}>
              <span className={`badge finding-${finding.severity}`}>{publishCheckText.severity[finding.severity]}</span>
              <span className="publish-finding-message">{finding.message}</span>
              <button type="button" className="button small" aria-label={t.jumpLabel(finding.message)} onClick={() => jump(finding)}>
                {t.jump}
              </button>
            </li>
          ))}
        </ul>
      )}
      {view.override && <p className="action-ok">{t.overridden(view.override.reason)}</p>}
      {blocked && (
        <div className="publish-override">
          <p>{t.blockedIntro(view.errors)}</p>
          <label htmlFor="publish-override-reason">{t.overrideReason}</label>
          <textarea
            id="publish-override-reason"
            rows={2}
            maxLength={2000}
            value={reason}
            aria-describedby="publish-override-hint"
            onChange={(event) => setReason(event.target.value)}
          />
          <p className="hint" id="publish-override-hint">
            {t.overrideHint}
          </p>
          <button type="button" className="button" disabled={busy || reason.trim().length < 3} onClick={() => void override()}>
            {busy ? t.overriding : t.override}
          </button>
        </div>
      )}
      {!blocked && view.errors === 0 && view.warnings > 0 && purpose !== 'manual' && <p className="hint">{t.warningsOnly}</p>}
      {error && (
        <p className="action-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        {onProceed && purpose !== 'manual' && (
          <button type="button" className="button primary" disabled={blocked || busy} onClick={onProceed}>
            {clean ? t.proceed[purpose] : t.proceedAnyway[purpose]}
          </button>
        )}
        <button type="button" className="button" onClick={onClose} autoFocus>
          {onProceed && purpose !== 'manual' ? uiText.cancel : uiText.close}
        </button>
      </div>
    </dialog>
  );
}

import { useEffect, useRef, type ReactNode } from 'react';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { ProtocolFacts } from './ProtocolFacts.tsx';
import { ProtocolReview } from './ProtocolReview.tsx';
import { AnswerForm, type CodeMode, type Secret } from './AnswerForm.tsx';
import { uiText } from '../../../shared/i18n/ui.da.ts';
import { reviewText } from '../../../shared/i18n/review.da.ts';

type Props = {
  committee: Committee;
  meeting: Meeting;
  memberName: string;
  shortFingerprint: string;
  /** What changed since the last round, shown first to a re-approver. */
  changes?: ReactNode;
  /**
   * `choose`: the signer has no key here yet and picks a code; `enter`: types it; `machine`: this is the signer's own
   * Referent, whose key signs without a code; `elsewhere`: signs on their own machine only.
   */
  keyState: CodeMode | 'machine' | 'elsewhere';
  onApprove(secret?: Secret): Promise<void>;
  onReject(comment: string, secret?: Secret): Promise<void>;
  onClose(): void;
};

/**
 * Signing on the secretary's computer: the member sees exactly what they
 * approve before they press Godkend. A modal `<dialog>` keeps the rest of the
 * meeting out of reach while someone else is at the keyboard.
 */
export function ReviewDialog({ committee, meeting, memberName, shortFingerprint, changes, keyState, onApprove, onReject, onClose }: Props) {
  const t = reviewText;
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog ref={ref} className="review-dialog" aria-labelledby="review-dialog-heading" onCancel={onClose}>
      <header className="review-dialog-head">
        <div>
          <h2 id="review-dialog-heading">{t.dialogHeading(memberName)}</h2>
          <p className="muted">{t.dialogIntro(shortFingerprint)}</p>
        </div>
        <button type="button" className="button quiet" onClick={onClose}>
          {uiText.close}
        </button>
      </header>
      <div className="review-dialog-body">
        <ProtocolFacts committee={committee} meeting={meeting} shortFingerprint={shortFingerprint} sentAt={meeting.approvalRound?.sentAt} />
        {changes}
        <ProtocolReview committee={committee} meeting={meeting} />
      </div>
      <footer className="review-dialog-foot">
        <h3 className="visually-hidden">{t.answerHeading}</h3>
        {keyState === 'elsewhere' ? (
          <p className="notice">{t.keyElsewhere}</p>
        ) : keyState === 'machine' ? (
          <>
            <p className="hint">{t.keyOnThisMachine}</p>
            <AnswerForm onApprove={onApprove} onReject={onReject} />
          </>
        ) : (
          <AnswerForm onApprove={onApprove} onReject={onReject} codeMode={keyState} />
        )}
      </footer>
    </dialog>
  );
}

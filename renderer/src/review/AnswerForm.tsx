import { useId, useRef, useState } from 'react';
import { errorMessage } from '../api/errorMessage.ts';
import { FieldError } from '../ui/FieldError.tsx';
import { uiText } from '../../../shared/i18n/ui.da.ts';
import { reviewText } from '../../../shared/i18n/review.da.ts';

type Props = {
  onApprove(): Promise<void>;
  onReject(comment: string): Promise<void>;
  /** Checked before either answer goes out (the member's name picked, say); returns a message to show instead. */
  precheck?(): string | undefined;
};

/** Godkend, or Afvis with a comment: a rejection without a reason helps nobody, so the comment is required. */
export function AnswerForm({ onApprove, onReject, precheck }: Props) {
  const t = reviewText;
  const id = useId();
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const commentRef = useRef<HTMLTextAreaElement>(null);

  async function run(job: () => Promise<void>) {
    const blocked = precheck?.();
    if (blocked) return setError(blocked);
    setBusy(true);
    setError(undefined);
    try {
      await job();
    } catch (e) {
      setError(t.failed(errorMessage(e)));
    } finally {
      setBusy(false);
    }
  }

  function startRejecting() {
    setRejecting(true);
    requestAnimationFrame(() => commentRef.current?.focus());
  }

  function reject() {
    if (comment.trim() === '') {
      setCommentError(t.commentRequired);
      commentRef.current?.focus();
      return;
    }
    setCommentError(undefined);
    void run(() => onReject(comment.trim()));
  }

  return (
    <div className="answer-form">
      <div className="form-actions">
        <button type="button" className="button primary" disabled={busy} onClick={() => void run(onApprove)}>
          {busy ? t.busy : t.approve}
        </button>
        {!rejecting && (
          <button type="button" className="button" disabled={busy} onClick={startRejecting}>
            {t.reject}
          </button>
        )}
      </div>
      {rejecting && (
        <div className="field reject-field">
          <label htmlFor={`${id}-comment`}>{t.comment}</label>
          <p className="hint" id={`${id}-hint`}>
            {t.commentHint}
          </p>
          <textarea
            id={`${id}-comment`}
            ref={commentRef}
            rows={3}
            maxLength={5000}
            value={comment}
            aria-invalid={commentError ? true : undefined}
            aria-describedby={commentError ? `${id}-hint ${id}-error` : `${id}-hint`}
            onChange={(e) => setComment(e.target.value)}
          />
          <FieldError id={`${id}-error`} message={commentError} />
          <div className="form-actions">
            <button type="button" className="button danger" disabled={busy} onClick={reject}>
              {t.rejectConfirm}
            </button>
            <button type="button" className="button quiet" onClick={() => setRejecting(false)}>
              {uiText.cancel}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="action-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

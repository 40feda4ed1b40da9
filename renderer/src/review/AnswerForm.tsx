import { useId, useRef, useState } from 'react';
import { errorMessage } from '../api/errorMessage.ts';
import { FieldError } from '../ui/FieldError.tsx';
import { uiText } from '../../../shared/i18n/ui.da.ts';
import { reviewText } from '../../../shared/i18n/review.da.ts';
import { PERSONAL_CODE_MIN } from '../../../shared/domain/signerKeys.ts';

/** What the signer types to sign on the secretary's computer: a new code (twice) the first time, else their code. */
export type CodeMode = 'choose' | 'enter';
export type Secret = { code: string; codeRepeat?: string };

type Props = {
  onApprove(secret?: Secret): Promise<void>;
  onReject(comment: string, secret?: Secret): Promise<void>;
  /** Signing here with a personal code; without it (the member's own machine) the installation's key signs. */
  codeMode?: CodeMode;
  /** Checked before either answer goes out (the member's name picked, say); returns a message to show instead. */
  precheck?(): string | undefined;
};

/**
 * Godkend, or Afvis with a comment: a rejection without a reason helps nobody, so the comment is required.
 * On the secretary's computer the signer types their personal code first (chosen, twice, the first time).
 */
export function AnswerForm({ onApprove, onReject, precheck, codeMode }: Props) {
  const t = reviewText;
  const id = useId();
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const [code, setCode] = useState('');
  const [codeRepeat, setCodeRepeat] = useState('');
  const [codeError, setCodeError] = useState<string>();
  const codeRef = useRef<HTMLInputElement>(null);

  /** The code as typed, or a Danish message on the field; the server checks it again. */
  function secret(): Secret | undefined | false {
    if (!codeMode) return undefined;
    const problem =
      code === '' ? t.codeRequired : codeMode === 'choose' && [...code.trim()].length < PERSONAL_CODE_MIN ? t.codeTooShort(PERSONAL_CODE_MIN) : codeMode === 'choose' && code !== codeRepeat ? t.codeMismatch : undefined;
    setCodeError(problem);
    if (problem) {
      codeRef.current?.focus();
      return false;
    }
    return codeMode === 'choose' ? { code, codeRepeat } : { code };
  }

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
    const given = secret();
    if (given === false) return;
    void run(() => onReject(comment.trim(), given));
  }

  function approve() {
    const given = secret();
    if (given === false) return;
    void run(() => onApprove(given));
  }

  return (
    <div className="answer-form">
      {codeMode && (
        <div className="code-fields">
          <p className="hint code-hint" id={`${id}-code-hint`}>
            {codeMode === 'choose' ? t.codeNewHint(PERSONAL_CODE_MIN) : t.codeEnterHint}
          </p>
          <div className="field">
            <label htmlFor={`${id}-code`}>{codeMode === 'choose' ? t.codeNew : t.codeEnter}</label>
            <input
              id={`${id}-code`}
              ref={codeRef}
              type="password"
              autoComplete={codeMode === 'choose' ? 'new-password' : 'current-password'}
              maxLength={200}
              value={code}
              aria-invalid={codeError ? true : undefined}
              aria-describedby={codeError ? `${id}-code-hint ${id}-code-error` : `${id}-code-hint`}
              onChange={(e) => setCode(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && codeMode === 'enter' && !rejecting) approve();
              }}
            />
          </div>
          {codeMode === 'choose' && (
            <div className="field">
              <label htmlFor={`${id}-code2`}>{t.codeRepeat}</label>
              <input id={`${id}-code2`} type="password" autoComplete="new-password" maxLength={200} value={codeRepeat} onChange={(e) => setCodeRepeat(e.target.value)} />
            </div>
          )}
          <FieldError id={`${id}-code-error`} message={codeError} />
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button primary" disabled={busy} onClick={approve}>
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

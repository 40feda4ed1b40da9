import { useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../api/apiClient.ts';
import type { ReviewView } from '../../../shared/api/contract.ts';
import { printedContent, type PrintedContent } from '../../../shared/domain/printedContent.ts';
import { describeChanges } from '../../../shared/domain/protocolChanges.ts';
import { formatDateMedium } from '../../../shared/format/dates.ts';
import { downloadText } from '../ui/downloadText.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { participantName } from '../committee/memberLine.ts';
import { FieldError } from '../ui/FieldError.tsx';
import { FileButton } from '../ui/FileButton.tsx';
import { ProtocolFacts } from '../review/ProtocolFacts.tsx';
import { ProtocolReview } from '../review/ProtocolReview.tsx';
import { AnswerForm } from '../review/AnswerForm.tsx';
import { ChangeSummary } from '../approval/ChangeSummary.tsx';
import { LockIcon } from '../ui/LockIcon.tsx';
import { memberText } from '../../../shared/i18n/member.da.ts';

type Result = { ok: boolean; text: string };

/**
 * The member's side of the offline round, in the member's own Referent: save
 * the key file once, then open a package, review it read-only and answer.
 * Nothing here touches the member's own committees or meetings.
 */
export function MemberApprovalView() {
  const t = memberText;
  return (
    <div className="page member-approval">
      <header className="page-header">
        <p className="kicker">{t.kicker}</p>
        <h1>{t.heading}</h1>
        <p className="page-intro">{t.intro}</p>
      </header>
      <KeyFileCard />
      <PackageCard />
    </div>
  );
}

function KeyFileCard() {
  const t = memberText;
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();
  const nameRef = useRef<HTMLInputElement>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setResult(undefined);
    if (name.trim() === '') {
      setNameError(t.nameRequired);
      return nameRef.current?.focus();
    }
    setNameError(undefined);
    setBusy(true);
    try {
      const file = await api.call('identity.memberFile', { name: name.trim() });
      downloadText(file);
      setResult({ ok: true, text: t.keySaved(file.fileName) });
    } catch (e) {
      setResult({ ok: false, text: t.keyFailed(errorMessage(e)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form-stack" onSubmit={save} noValidate aria-labelledby="key-heading">
      <h2 id="key-heading">{t.keyHeading}</h2>
      <p className="hint">{t.keyIntro}</p>
      <div className="field key-name">
        <label htmlFor="member-name">{t.name}</label>
        <input
          id="member-name"
          ref={nameRef}
          type="text"
          maxLength={200}
          autoComplete="name"
          value={name}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? 'member-name-hint member-name-error' : 'member-name-hint'}
          onChange={(e) => setName(e.target.value)}
        />
        <p className="hint" id="member-name-hint">
          {t.nameHint}
        </p>
        <FieldError id="member-name-error" message={nameError} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t.savingKey : t.saveKey}
        </button>
        {result && (
          <p className={result.ok ? 'action-ok' : 'action-error'} role={result.ok ? 'status' : 'alert'}>
            {result.text}
          </p>
        )}
      </div>
    </form>
  );
}

function PackageCard() {
  const t = memberText;
  const [review, setReview] = useState<{ view: ReviewView; text: string }>();
  const [busy, setBusy] = useState(false);
  const [openError, setOpenError] = useState<string>();

  async function open(text: string) {
    setBusy(true);
    setOpenError(undefined);
    try {
      setReview({ view: await api.call('review.open', { text }), text });
    } catch (e) {
      setReview(undefined);
      setOpenError(t.openFailed(errorMessage(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <section className="card" aria-labelledby="package-heading">
        <h2 id="package-heading">{t.packageHeading}</h2>
        <p className="hint package-intro">{t.packageIntro}</p>
        <div className="form-actions">
          <FileButton label={t.openPackage} className="button primary" busy={busy} busyLabel={t.opening} onText={(text) => void open(text)} />
        </div>
        {openError && (
          <p className="action-error" role="alert">
            {openError}
          </p>
        )}
      </section>
      {review && <PackageReview key={review.view.fingerprint + review.view.sentAt} view={review.view} text={review.text} />}
    </>
  );
}

function PackageReview({ view, text }: { view: ReviewView; text: string }) {
  const t = memberText;
  const id = useId();
  const { committee, meeting } = view;
  const present = meeting.participants.filter((p) => p.attendance === 'til_stede');
  const [memberId, setMemberId] = useState<string>();
  const [whoError, setWhoError] = useState<string>();
  const [saved, setSaved] = useState<Result>();
  const [round, setRound] = useState(0);
  const lastReopening = meeting.reopenings.at(-1);
  const changes = lastReopening ? describeChanges(lastReopening.round.content as PrintedContent, printedContent(committee, meeting)) : [];

  function precheck(): string | undefined {
    const missing = memberId ? undefined : t.whoRequired;
    setWhoError(missing);
    if (missing) document.getElementById(`${id}-who`)?.querySelector('input')?.focus();
    return missing;
  }

  async function answer(decision: 'godkendt' | 'afvist', comment = '') {
    if (!memberId) return;
    const file = await api.call('review.answer', { text, memberId, decision, comment });
    downloadText(file);
    setSaved({ ok: true, text: t.answerSaved(file.fileName) });
    setMemberId(undefined);
    // A fresh answer form for the next member at this computer, if any.
    setRound((n) => n + 1);
  }

  return (
    <>
      <section className="card review-card" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t.reviewHeading(committee.name, formatDateMedium(meeting.date))}</h2>
        <p className="lock-notice">
          <LockIcon />
          <span>{t.readOnly}</span>
        </p>
        <ProtocolFacts committee={committee} meeting={meeting} shortFingerprint={view.shortFingerprint} sentAt={view.sentAt} />
        {lastReopening && (
          <ChangeSummary
            reopening={{ at: lastReopening.at, reason: lastReopening.reason, voidedApprovals: lastReopening.voidedApprovals.length }}
            changes={changes}
            className="change-summary inset"
          />
        )}
        <ProtocolReview committee={committee} meeting={meeting} />
      </section>
      <section className="card answer-card" aria-labelledby={`${id}-answer`}>
        <h2 id={`${id}-answer`}>{memberText.answerHeading}</h2>
        {saved && (
          <div className="answer-saved" role="status">
            <p className="action-ok">
              <span aria-hidden="true">✓ </span>
              {saved.text}
            </p>
            <p>{t.sendInstructions}</p>
          </div>
        )}
        <fieldset id={`${id}-who`} className="who" aria-describedby={whoError ? `${id}-who-error` : undefined}>
          <legend>{t.who}</legend>
          <div className="who-options">
            {present.map((p) => {
              const name = participantName(committee, p.memberId);
              return (
                <label key={p.memberId} className="check who-option">
                  <input type="radio" name={`${id}-member`} value={p.memberId} checked={memberId === p.memberId} onChange={() => setMemberId(p.memberId)} />
                  {name}
                </label>
              );
            })}
          </div>
          <FieldError id={`${id}-who-error`} message={whoError} />
        </fieldset>
        <p className="hint">{memberText.answerIntro(view.shortFingerprint)}</p>
        <AnswerForm
          key={round}
          precheck={precheck}
          onApprove={() => answer('godkendt')}
          onReject={(comment) => answer('afvist', comment)}
        />
      </section>
    </>
  );
}

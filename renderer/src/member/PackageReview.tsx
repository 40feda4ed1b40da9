import { useId, useState } from 'react';
import type { ReviewView } from '../../../shared/api/contract.ts';
import { printedContent, type PrintedContent } from '../../../shared/domain/printedContent.ts';
import { describeChanges } from '../../../shared/domain/protocolChanges.ts';
import { formatDateMedium } from '../../../shared/format/dates.ts';
import { participantName } from '../committee/memberLine.ts';
import { signerDisplayName, signerRef, signersOf } from '../../../shared/domain/signers.ts';
import { reviewText } from '../../../shared/i18n/review.da.ts';
import { FieldError } from '../ui/FieldError.tsx';
import { LockIcon } from '../ui/LockIcon.tsx';
import { ProtocolFacts } from '../review/ProtocolFacts.tsx';
import { ProtocolReview } from '../review/ProtocolReview.tsx';
import { AnswerForm } from '../review/AnswerForm.tsx';
import { ChangeSummary } from '../approval/ChangeSummary.tsx';
import { memberText } from '../../../shared/i18n/member.da.ts';
import { answerApprovalPackage } from './memberCommands.ts';

type Result = { ok: boolean; text: string };

/** The package read-only, with the fingerprint and any changes since the last round; the member picks their name and answers. */
export function PackageReview({ view, text }: { view: ReviewView; text: string }) {
  const t = memberText;
  const id = useId();
  const { committee, meeting } = view;
  // Who signs: members present, and stedfortrædere for absent members.
  const present = signersOf(committee, meeting);
  const [memberId, setMemberId] = useState<string>();
  const signer = present.find((p) => signerRef(p) === memberId);
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
    if (!signer) return;
    setSaved({ ok: true, text: t.answerSaved(await answerApprovalPackage(text, signer, decision, comment)) });
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
              const name = p.standsInFor ? reviewText.substitute(signerDisplayName(p), p.standsInFor) : participantName(committee, p.memberId);
              const ref = signerRef(p);
              return (
                <label key={ref} className="check who-option">
                  <input type="radio" name={`${id}-member`} value={ref} checked={memberId === ref} onChange={() => setMemberId(ref)} />
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

import { useId } from 'react';
import type { Committee } from '../../../shared/domain/committee.ts';
import { itemNumber, type CaseFlow, type ClosedReason, type Meeting, type Vote } from '../../../shared/domain/meeting.ts';
import { isDocEmpty, type RichDoc } from '../../../shared/text/richText.ts';
import { decisionFlags } from '../../../shared/domain/decisionFlags.ts';
import { sectionHeading } from '../../../shared/domain/decisionHeading.ts';
import { printedContent, type PrintedContent } from '../../../shared/domain/printedContent.ts';
import { closedReasonText, voteText } from '../../../shared/domain/votes.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';
import { RichDocView } from './RichDocView.tsx';
import { reviewText } from '../../../shared/i18n/review.da.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

type Props = { committee: Committee; meeting: Meeting };
type PrintedItem = PrintedContent['items'][number];
type PrintedSection = PrintedItem['sections'][number];

const isProposal = (s: PrintedSection) => s.kind === 'tekst' && /^indstilling/i.test(s.title.trim());

/**
 * The protocol as a member reviews it before approving, rendered from the same
 * printed-content model the fingerprint is taken of (shared/domain/printedContent.ts):
 * what the member reads is what they sign. Each item's Indstilling beside its
 * Beslutning, the decision highlighted and anything worth a second look
 * flagged; then the vote, absences, protokolbemærkninger, Sagsgang and bilag
 * as printed. The remaining sections fold away.
 */
export function ProtocolReview({ committee, meeting }: Props) {
  const content = printedContent(committee, meeting);
  return (
    <ol className="review-items" aria-label={reviewText.itemsHeading}>
      {content.items.map((item, index) => (
        <ReviewItem key={meeting.items[index]?.id ?? index} committee={committee} meeting={meeting} item={item} index={index} />
      ))}
    </ol>
  );
}

function ReviewItem({ committee, meeting, item, index }: { committee: Committee; meeting: Meeting; item: PrintedItem; index: number }) {
  const t = reviewText;
  const id = useId();
  const stored = meeting.items[index];
  const proposal = item.sections.find(isProposal);
  const decision = item.sections.find((s) => s.kind === 'beslutning');
  const others = item.sections.filter((s) => s !== proposal && s !== decision);
  const flags = stored ? decisionFlags(stored) : [];
  const flagged = flags.length > 0;
  const body = (s: PrintedSection, empty: string) => (isDocEmpty(s.body as RichDoc) ? <p className="muted">{empty}</p> : <RichDocView doc={s.body as RichDoc} />);

  return (
    <li className={flagged ? 'review-item flagged' : 'review-item'}>
      <article aria-labelledby={`${id}-title`}>
        <header className="review-item-head">
          <h3 id={`${id}-title`}>
            <span className="item-number">{t.itemNumber(itemNumber(meeting, index))}:</span> {item.title}
          </h3>
          <span className="review-item-meta">
            {item.caseNumber && <span className="case-number">{item.caseNumber}</span>}
            {item.closed && <span className="badge closed">{t.closed}</span>}
          </span>
        </header>
        {item.closed && item.publicTitle && <p className="review-note">{t.publicTitle(item.publicTitle)}</p>}
        {item.closedReason && <p className="review-note">{t.closedReason(closedReasonText(item.closedReason as ClosedReason))}</p>}
        {item.postponedFrom && <p className="review-note">{documentText.postponedFrom(formatDateShort(item.postponedFrom))}</p>}
        {item.postponedTo && <p className="review-note">{documentText.postponedTo(formatDateShort(item.postponedTo))}</p>}
        {flagged && (
          <ul className="review-flags" aria-label={t.flagsLabel}>
            {flags.map((flag) => (
              <li key={flag}>
                <span aria-hidden="true">⚠ </span>
                {flag === 'noDecision' ? t.flagNoDecision : t.flagDiffers}
              </li>
            ))}
          </ul>
        )}
        {(proposal || decision) && (
          <div className={proposal && decision ? 'review-pair' : 'review-pair single'}>
            {proposal && (
              <section className="review-proposal" aria-labelledby={`${id}-proposal`}>
                <h4 id={`${id}-proposal`}>{proposal.title}</h4>
                {body(proposal, t.emptySection)}
              </section>
            )}
            {decision && (
              <section className="review-decision" aria-labelledby={`${id}-decision`}>
                <h4 id={`${id}-decision`}>{sectionHeading(committee, meeting, { title: decision.title, kind: 'beslutning' })}</h4>
                {body(decision, t.noDecisionText)}
                {item.vote && <p className="review-vote">{voteText(item.vote as Vote)}</p>}
                {item.absences?.map((a, k) => (
                  <p key={k} className="review-absence">
                    {a.name} {documentText.absence[a.reason as keyof typeof documentText.absence]} {a.note}
                  </p>
                ))}
              </section>
            )}
          </div>
        )}
        {item.remarks && item.remarks.length > 0 && (
          <section className="review-remarks" aria-labelledby={`${id}-remarks`}>
            <h4 id={`${id}-remarks`}>{documentText.remarks(item.remarks.length)}</h4>
            {item.remarks.map((r, k) => (
              <p key={k}>
                <strong>{r.name}:</strong> {r.text}
              </p>
            ))}
          </section>
        )}
        {item.caseFlow ? <CaseFlowView flow={item.caseFlow as CaseFlow} /> : null}
        {others.length > 0 && (
          <details className="review-others">
            <summary>{t.otherSections(others.map((s) => s.title).join(', '))}</summary>
            {others.map((section, k) => (
              <section key={k} className="review-other" aria-labelledby={`${id}-other-${k}`}>
                <h4 id={`${id}-other-${k}`}>{section.title}</h4>
                {body(section, t.emptySection)}
              </section>
            ))}
          </details>
        )}
        {item.attachments.length > 0 && (
          <p className="review-attachments">
            <strong>{t.attachments}:</strong> {item.attachments.map((name, k) => (item.closedAttachments?.includes(name) ? t.closedAttachment(name) : name) + (k < item.attachments.length - 1 ? '; ' : ''))}
          </p>
        )}
      </article>
    </li>
  );
}

/** The Sagsgang: the bodies the case passes through, and per step the bodies marked. */
function CaseFlowView({ flow }: { flow: CaseFlow }) {
  return (
    <div className="review-caseflow">
      <strong>{flow.asTable ? documentText.caseFlowTable : documentText.caseFlowLine}:</strong> {flow.bodies.join(', ')}
      {flow.steps.length > 0 && (
        <ul>
          {flow.steps.map((s, k) => (
            <li key={k}>
              {s.step}: {s.bodies.join(', ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

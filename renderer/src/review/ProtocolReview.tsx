import { useId } from 'react';
import type { Committee } from '../../../shared/domain/committee.ts';
import { decisionSection, itemNumber, type AgendaItem, type Meeting } from '../../../shared/domain/meeting.ts';
import { isDocEmpty } from '../../../shared/text/richText.ts';
import { decisionFlags, proposalSection } from '../../../shared/domain/decisionFlags.ts';
import { sectionHeading } from '../../../shared/domain/decisionHeading.ts';
import { RichDocView } from './RichDocView.tsx';
import { reviewText } from '../../../shared/i18n/review.da.ts';

type Props = { committee: Committee; meeting: Meeting };

/**
 * The protocol as a member reviews it before approving: read-only, each item's
 * Indstilling beside its Beslutning, the decision highlighted, and anything
 * worth a second look flagged. The remaining sections fold away.
 */
export function ProtocolReview({ committee, meeting }: Props) {
  return (
    <ol className="review-items" aria-label={reviewText.itemsHeading}>
      {meeting.items.map((item, index) => (
        <ReviewItem key={item.id} committee={committee} meeting={meeting} item={item} n={itemNumber(meeting, index)} />
      ))}
    </ol>
  );
}

function ReviewItem({ committee, meeting, item, n }: { committee: Committee; meeting: Meeting; item: AgendaItem; n: number }) {
  const t = reviewText;
  const id = useId();
  const proposal = proposalSection(item);
  const decision = decisionSection(item);
  const others = item.sections.filter((s) => s !== proposal && s !== decision);
  const flags = decisionFlags(item);
  const flagged = flags.length > 0;

  return (
    <li className={flagged ? 'review-item flagged' : 'review-item'}>
      <article aria-labelledby={`${id}-title`}>
        <header className="review-item-head">
          <h3 id={`${id}-title`}>
            <span className="item-number">{reviewText.itemNumber(n)}:</span> {item.title}
          </h3>
          <span className="review-item-meta">
            {item.caseNumber && <span className="case-number">{item.caseNumber}</span>}
            {item.closed && <span className="badge closed">{reviewText.closed}</span>}
          </span>
        </header>
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
                {isDocEmpty(proposal.body) ? <p className="muted">{t.emptySection}</p> : <RichDocView doc={proposal.body} />}
              </section>
            )}
            {decision && (
              <section className="review-decision" aria-labelledby={`${id}-decision`}>
                <h4 id={`${id}-decision`}>{sectionHeading(committee, meeting, decision)}</h4>
                {isDocEmpty(decision.body) ? <p className="muted">{t.noDecisionText}</p> : <RichDocView doc={decision.body} />}
              </section>
            )}
          </div>
        )}
        {others.length > 0 && (
          <details className="review-others">
            <summary>{t.otherSections(others.map((s) => s.title).join(', '))}</summary>
            {others.map((section) => (
              <section key={section.id} className="review-other" aria-labelledby={`${id}-${section.id}`}>
                <h4 id={`${id}-${section.id}`}>{section.title}</h4>
                {isDocEmpty(section.body) ? <p className="muted">{t.emptySection}</p> : <RichDocView doc={section.body} />}
              </section>
            ))}
          </details>
        )}
        {item.attachments.length > 0 && (
          <p className="review-attachments">
            <strong>{t.attachments}:</strong> {item.attachments.join('; ')}
          </p>
        )}
      </article>
    </li>
  );
}

import { useId } from 'react';
import type { ApprovalStatus } from '../../../shared/api/contract.ts';
import type { ProtocolChange } from '../../../shared/domain/protocolChanges.ts';
import { formatTimestamp } from '../../../shared/format/dates.ts';
import { ChangeList } from './ChangeList.tsx';
import { approvalText } from '../../../shared/i18n/approval.da.ts';

type Props = { reopening: NonNullable<ApprovalStatus['lastReopening']>; changes: ProtocolChange[]; className?: string; level?: 2 | 3 };

/** For re-approvers after a reopening: why it was reopened, and what is different from the round they saw. */
export function ChangeSummary({ reopening, changes, className = 'change-summary', level = 3 }: Props) {
  const t = approvalText.signature;
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={className} aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{t.changedHeading}</Heading>
      <p className="muted">{t.reopenedAt(formatTimestamp(reopening.at), reopening.voidedApprovals)}</p>
      <p>
        <strong>{t.reopenReason}:</strong> {reopening.reason}
      </p>
      {changes.length === 0 ? <p className="muted">{t.noChanges}</p> : <ChangeList changes={changes} />}
    </section>
  );
}

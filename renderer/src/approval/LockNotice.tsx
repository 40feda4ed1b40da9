import type { Meeting } from '../../../shared/domain/meeting.ts';
import { LockIcon } from '../ui/LockIcon.tsx';
import { approvalText } from '../../../shared/i18n/approval.da.ts';
import { importText } from '../../../shared/i18n/import.da.ts';

/** A calm line over read-only content: why nothing can be edited, and the one way to change that. */
export function LockNotice({ meeting }: { meeting: Meeting }) {
  // A historic referat was approved elsewhere: there is nothing here to reopen, only a draft copy to make.
  if (meeting.historic) {
    return (
      <p className="lock-notice" role="note">
        <LockIcon />
        <span>{importText.historic.readOnly}</span>
      </p>
    );
  }
  if (meeting.status !== 'til_godkendelse' && meeting.status !== 'godkendt') return null;
  return (
    <p className="lock-notice" role="note">
      <LockIcon />
      <span>
        <strong>{meeting.status === 'godkendt' ? approvalText.lock.approved : approvalText.lock.sent}</strong> {approvalText.lock.how}
      </span>
    </p>
  );
}

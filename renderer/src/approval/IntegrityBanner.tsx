import type { ApprovalStatus } from '../../../shared/api/contract.ts';
import { ChangeList } from './ChangeList.tsx';
import { approvalText } from '../../../shared/i18n/approval.da.ts';

/**
 * Shown when the stored protocol no longer matches what was sent or approved
 * (a file edited by hand, say), or when the audit log's chain is broken.
 * Approvals that no longer hold must not look valid on any screen.
 */
export function IntegrityBanner({ status }: { status: ApprovalStatus | undefined }) {
  const t = approvalText.integrity;
  if (!status || (status.intact && status.auditIntact)) return null;
  return (
    <div className="integrity-banner" role="alert" aria-labelledby="integrity-heading">
      {!status.intact && (
        <>
          <h2 id="integrity-heading">
            <span aria-hidden="true">⚠ </span>
            {t.heading}
          </h2>
          {/* The text itself changed, or only the signatures fail (unsigned answers from before schema 5, a key never registered). */}
          <p>{status.changes.length > 0 ? t.intro : t.introSignatures}</p>
          <ul className="integrity-problems">
            {status.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          {status.changes.length > 0 && (
            <>
              <p className="integrity-changes-heading">{t.changesHeading}</p>
              <ChangeList changes={status.changes} />
            </>
          )}
          <p className="integrity-advice">{t.advice}</p>
        </>
      )}
      {!status.auditIntact && (
        <p className="integrity-audit" id={status.intact ? 'integrity-heading' : undefined}>
          <span aria-hidden="true">⚠ </span>
          {t.auditBroken}
        </p>
      )}
    </div>
  );
}

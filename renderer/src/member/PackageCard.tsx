import { useState } from 'react';
import type { ReviewView } from '../../../shared/api/contract.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { FileButton } from '../ui/FileButton.tsx';
import { memberText } from '../../../shared/i18n/member.da.ts';
import { openApprovalPackage } from './memberCommands.ts';
import { PackageReview } from './PackageReview.tsx';

/** Step 2: open the package the secretary sent; it is shown read-only below for review and answer. */
export function PackageCard() {
  const t = memberText;
  const [review, setReview] = useState<{ view: ReviewView; text: string }>();
  const [busy, setBusy] = useState(false);
  const [openError, setOpenError] = useState<string>();

  async function open(text: string) {
    setBusy(true);
    setOpenError(undefined);
    try {
      setReview({ view: await openApprovalPackage(text), text });
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

import { useState } from 'react';
import type { StoreInfo } from '../../../shared/api/contract.ts';
import { routeHref } from './route.ts';
import { shellText } from '../../../shared/i18n/shell.da.ts';

/**
 * What the store did at start-up (damaged files moved to quarantine, restored
 * from a backup) and whether it is read-only, in plain Danish above everything else.
 */
export function StoreNoticeBanner({ info }: { info: StoreInfo | undefined }) {
  const t = shellText.storeNotices;
  const [dismissed, setDismissed] = useState(false);
  if (!info) return null;
  // The read-only notice is said by its own banner; the list keeps the repairs.
  const repairs = info.readOnly ? info.notices.filter((n) => !/skrivebeskyttet/.test(n)) : info.notices;
  return (
    <>
      {info.readOnly && (
        <div className="store-banner read-only" role="alert" aria-labelledby="store-readonly-heading">
          <h2 id="store-readonly-heading">
            <span aria-hidden="true">🔒 </span>
            {t.readOnlyHeading}
          </h2>
          <p>{t.readOnlyText}</p>
        </div>
      )}
      {repairs.length > 0 && !dismissed && (
        <div className="store-banner" role="alert" aria-labelledby="store-notice-heading">
          <div className="store-banner-text">
            <h2 id="store-notice-heading">
              <span aria-hidden="true">⚠ </span>
              {t.heading}
            </h2>
            <p>{t.intro}</p>
            <ul>
              {repairs.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
            <p>
              {t.advice} <a href={routeHref({ kind: 'backups' })}>{t.seeBackups}</a>
            </p>
          </div>
          <button type="button" className="button small" onClick={() => setDismissed(true)}>
            {t.dismiss}
          </button>
        </div>
      )}
    </>
  );
}

import { memberText } from '../../../shared/i18n/member.da.ts';
import { KeyFileCard } from './KeyFileCard.tsx';
import { PackageCard } from './PackageCard.tsx';

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

import { useAppDataContext } from '../data/AppDataContext.ts';
import { routeHref } from './route.ts';
import { uiText } from '../../../shared/i18n/ui.da.ts';
import { shellText } from '../../../shared/i18n/shell.da.ts';

export function WelcomeView() {
  const { committees, loaded } = useAppDataContext();
  if (!loaded) return <p className="muted page-pad">{uiText.loading}</p>;
  if (committees.length === 0) {
    return (
      <section className="empty-state" aria-labelledby="welcome-heading">
        <h1 id="welcome-heading">{shellText.welcome.emptyHeading}</h1>
        <p>{shellText.welcome.emptyText}</p>
        <a className="button primary" href={routeHref({ kind: 'newCommittee' })}>
          {shellText.welcome.emptyAction}
        </a>
        <p className="welcome-member">
          {shellText.welcome.memberText} <a href={routeHref({ kind: 'memberApproval' })}>{shellText.welcome.memberAction}</a>
        </p>
      </section>
    );
  }
  return (
    <section className="empty-state" aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">{shellText.welcome.pickHeading}</h1>
      <p>{shellText.welcome.pickText}</p>
    </section>
  );
}

import { useAppDataContext } from '../data/AppDataContext.ts';
import { routeHref } from './route.ts';
import { ui } from '../ui.ts';

export function WelcomeView() {
  const { committees, loaded } = useAppDataContext();
  if (!loaded) return <p className="muted page-pad">{ui.common.loading}</p>;
  if (committees.length === 0) {
    return (
      <section className="empty-state" aria-labelledby="welcome-heading">
        <h1 id="welcome-heading">{ui.welcome.emptyHeading}</h1>
        <p>{ui.welcome.emptyText}</p>
        <a className="button primary" href={routeHref({ kind: 'newCommittee' })}>
          {ui.welcome.emptyAction}
        </a>
        <p className="welcome-member">
          {ui.welcome.memberText} <a href={routeHref({ kind: 'memberApproval' })}>{ui.welcome.memberAction}</a>
        </p>
      </section>
    );
  }
  return (
    <section className="empty-state" aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">{ui.welcome.pickHeading}</h1>
      <p>{ui.welcome.pickText}</p>
    </section>
  );
}

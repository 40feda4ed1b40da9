import { useAppDataContext } from '../data/AppDataContext.ts';
import { routeHref, type Route } from './route.ts';
import { sortMeetingsNewestFirst } from './sortMeetings.ts';
import { formatDateMedium, localIsoDate } from '../../../shared/format/dates.ts';
import { StatusBadge } from '../meeting/StatusBadge.tsx';
import { shellText } from '../../../shared/i18n/shell.da.ts';
import { navigationMeetings } from '../../../shared/domain/navigationMeetings.ts';

export function Sidebar({ route }: { route: Route }) {
  const { committees, meetings, meetingTotals, loaded, loadError } = useAppDataContext();
  const currentCommittee =
    route.kind === 'committee'
      ? route.committeeId
      : route.kind === 'meeting'
        ? meetings.find((m) => m.id === route.meetingId)?.committeeId
        : undefined;
  const sorted = [...committees].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const today = localIsoDate(new Date());

  return (
    <nav className="sidebar" aria-label={shellText.nav.label}>
      <div className="sidebar-head">
        <h2 className="sidebar-title">{shellText.nav.heading}</h2>
        <a className="button small" href={routeHref({ kind: 'newCommittee' })} aria-current={route.kind === 'newCommittee' ? 'page' : undefined}>
          + {shellText.nav.newCommittee}
        </a>
      </div>
      {loadError && (
        <p className="error-text" role="alert">
          {shellText.nav.loadFailed(loadError)}
        </p>
      )}
      {loaded && committees.length === 0 && !loadError && <p className="sidebar-empty">{shellText.nav.noCommittees}</p>}
      <ul className="committee-list">
        {sorted.map((committee) => {
          const known = sortMeetingsNewestFirst(meetings.filter((m) => m.committeeId === committee.id));
          const around = navigationMeetings(known, today);
          // An older meeting opened from the committee's page is shown too, where it belongs by date, so the navigation marks where the secretary is.
          const opened = route.kind === 'meeting' ? known.find((m) => m.id === route.meetingId) : undefined;
          const own = opened && !around.includes(opened) ? sortMeetingsNewestFirst([...around, opened]) : around;
          const total = Math.max(meetingTotals.get(committee.id) ?? 0, known.length);
          const isCurrentCommittee = route.kind === 'committee' && route.committeeId === committee.id;
          return (
            <li key={committee.id} className={currentCommittee === committee.id ? 'committee open' : 'committee'}>
              <a
                className="committee-link"
                href={routeHref({ kind: 'committee', committeeId: committee.id })}
                aria-current={isCurrentCommittee ? 'page' : undefined}
              >
                {committee.name}
              </a>
              {own.length === 0 ? (
                <p className="sidebar-none">{shellText.nav.noMeetings}</p>
              ) : (
                <ul className="meeting-list" aria-label={shellText.nav.meetingsOf(committee.name)}>
                  {own.map((m) => (
                    <li key={m.id}>
                      <a
                        className="meeting-link"
                        href={routeHref({ kind: 'meeting', meetingId: m.id, tab: 'dagsorden' })}
                        aria-current={route.kind === 'meeting' && route.meetingId === m.id ? 'page' : undefined}
                      >
                        <span className="meeting-link-date">{formatDateMedium(m.date)}</span>
                        <span className="meeting-link-meta">
                          <StatusBadge status={m.status} />
                          <span>{shellText.nav.itemCount(m.itemCount)}</span>
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {total > own.length && (
                <a className="sidebar-more" href={routeHref({ kind: 'committee', committeeId: committee.id })}>
                  {shellText.nav.allMeetings(total)}
                </a>
              )}
            </li>
          );
        })}
      </ul>
      <div className="sidebar-foot">
        <p className="sidebar-title">{shellText.nav.memberHint}</p>
        <a
          className="committee-link member-link"
          href={routeHref({ kind: 'memberApproval' })}
          aria-current={route.kind === 'memberApproval' ? 'page' : undefined}
        >
          {shellText.nav.memberLink}
        </a>
        <a className="committee-link member-link" href={routeHref({ kind: 'import' })} aria-current={route.kind === 'import' ? 'page' : undefined}>
          {shellText.nav.importLink}
        </a>
        <a className="committee-link member-link" href={routeHref({ kind: 'backups' })} aria-current={route.kind === 'backups' ? 'page' : undefined}>
          {shellText.nav.backupsLink}
        </a>
        <a className="committee-link member-link" href={routeHref({ kind: 'sync' })} aria-current={route.kind === 'sync' ? 'page' : undefined}>
          {shellText.nav.syncLink}
        </a>
      </div>
    </nav>
  );
}

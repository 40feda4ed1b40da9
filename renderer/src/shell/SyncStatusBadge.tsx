import type { SyncStatus } from '../../../shared/domain/syncConflict.ts';
import { syncText } from '../../../shared/i18n/sync.da.ts';
import { formatTimestamp } from '../../../shared/format/dates.ts';
import { routeHref } from './route.ts';

/** The header's sync state (synkroniseret / offline / konflikt / fejl), a link to Deling; nothing while nothing is shared. */
export function SyncStatusBadge({ status }: { status?: SyncStatus | undefined }) {
  if (!status || (status.state === 'av' && status.conflicts === 0)) return null;
  const t = syncText.status;
  const label = status.state === 'av' ? t.konflikt : status.state === 'arbejder' ? t.working : t[status.state];
  const title = [status.message, status.conflicts > 0 ? t.conflicts(status.conflicts) : '', status.lastSync ? t.lastSync(formatTimestamp(status.lastSync)) : ''].filter(Boolean).join(' · ');
  return (
    <a className={`sync-badge sync-${status.state}`} href={routeHref({ kind: 'sync' })} title={title || undefined}>
      <span className="sync-dot" aria-hidden="true" />
      <span role="status" aria-live="polite">
        {label}
      </span>
    </a>
  );
}

import type { SyncStatus } from '../../../shared/domain/syncConflict.ts';
import { syncText } from '../../../shared/i18n/sync.da.ts';
import { formatTimestamp } from '../../../shared/format/dates.ts';

type Props = { status: SyncStatus };

/** What the other machines sent: their audit chains as checked on arrival, and what was refused and why. */
export function ArrivalsSection({ status }: Props) {
  const t = syncText.arrivals;
  if (!status.remote) return null;
  return (
    <section className="sync-arrivals" aria-labelledby="sync-arrivals-heading">
      <h2 id="sync-arrivals-heading">{t.title}</h2>
      <p className="muted">{t.logsIntro}</p>
      {status.otherMachines.length === 0 ? (
        <p className="muted">{t.noLogs}</p>
      ) : (
        <table className="compact-table sync-logs">
          <caption className="visually-hidden">{t.logsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colMachine}</th>
              <th scope="col">{t.colEntries}</th>
              <th scope="col">{t.colLast}</th>
            </tr>
          </thead>
          <tbody>
            {status.otherMachines.map((m) => (
              <tr key={m.machineId}>
                <th scope="row">
                  <code>{m.machineId.slice(0, 8)}</code>
                </th>
                <td>{m.entries}</td>
                <td>{m.lastAt ? formatTimestamp(m.lastAt) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {status.quarantinedTotal > 0 && (
        <div className="sync-quarantine" role="region" aria-labelledby="sync-quarantine-heading">
          <h3 id="sync-quarantine-heading">{t.quarantineTitle}</h3>
          <p>{t.quarantineIntro(status.quarantinedTotal)}</p>
          <ul>
            {status.quarantined.map((q) => (
              <li key={`${q.at}-${q.id}`}>
                {q.at && <span className="muted">{formatTimestamp(q.at)} · </span>}
                <code>{q.id.length > 60 ? `${q.id.slice(0, 60)}…` : q.id}</code>: {q.reason}
              </li>
            ))}
          </ul>
          {status.quarantinedTotal > status.quarantined.length && <p className="muted">{t.quarantineMore(status.quarantined.length, status.quarantinedTotal)}</p>}
        </div>
      )}
    </section>
  );
}

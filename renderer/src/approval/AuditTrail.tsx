import type { AuditView } from '../../../shared/api/contract.ts';
import { formatTimestamp } from '../../../shared/format/dates.ts';
import { approvalText } from '../../../shared/i18n/approval.da.ts';
import { SECRETARY_ACTOR } from '../../../shared/domain/auditActor.ts';

type Props = { entries: AuditView[]; intact: boolean; nameOf(memberId: string): string };

function describe(entry: AuditView): string {
  const t = approvalText.audit;
  const d = entry.details;
  const base =
    entry.action === 'svar_importeret' && (d.decision === 'godkendt' || d.decision === 'afvist')
      ? t.answerImported(approvalText.remote.decisionWord[d.decision])
      : (t.actions[entry.action] ?? entry.action);
  const extra = [
    d.method === 'fjern' && entry.action !== 'svar_importeret' ? t.onOwnDevice : '',
    typeof d.reason === 'string' ? t.reason(d.reason) : '',
    typeof d.comment === 'string' && d.comment !== '' ? t.comment(d.comment) : '',
  ].filter(Boolean);
  return extra.length ? `${base}. ${extra.join('. ')}` : base;
}

/** The hash-chained log for this meeting, oldest first, as a secretary would read it aloud. */
export function AuditTrail({ entries, intact, nameOf }: Props) {
  const t = approvalText.audit;
  return (
    <section className="card audit-trail" aria-labelledby="audit-heading">
      <div className="card-head">
        <h2 id="audit-heading">{t.heading}</h2>
        <span className={intact ? 'badge decided' : 'badge broken'}>
          <span aria-hidden="true">{intact ? '✓ ' : '⚠ '}</span>
          {intact ? t.intact : t.broken}
        </span>
      </div>
      <p className="hint">{t.intro}</p>
      {entries.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <table className="compact-table audit-table" aria-labelledby="audit-heading">
          <thead>
            <tr>
              <th scope="col">{t.colTime}</th>
              <th scope="col">{t.colAction}</th>
              <th scope="col">{t.colActor}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, i) => (
              <tr key={`${entry.at}-${i}`}>
                <td className="audit-time">{formatTimestamp(entry.at)}</td>
                <td>{describe(entry)}</td>
                <td>{entry.actor === SECRETARY_ACTOR ? t.secretary : nameOf(entry.actor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import { useId, useState, type FormEvent } from 'react';
import type { AgendaItem, CaseFlow, Meeting } from '../../../shared/domain/meeting.ts';
import { caseFlowStepsOf, type Committee } from '../../../shared/domain/committee.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { saveItemField } from './itemCommands.ts';
import { itemText } from '../../../shared/i18n/item.da.ts';

type Props = { meeting: Meeting; committee: Committee; item: AgendaItem; state: MeetingState; locked: boolean };
type Step = string;

/** Behandling / Sagsgang: the bodies the case passes, printed as one line or as the X-table. */
export function ItemCaseFlow({ meeting, committee, item, state, locked }: Props) {
  const t = itemText.caseFlow;
  const id = useId();
  const [body, setBody] = useState('');
  const [bodyError, setBodyError] = useState<string>();
  const [error, setError] = useState<string>();
  const flow = item.caseFlow;
  // The body's own rows (issue 15, point 15), and any stored row the template no longer names, so nothing recorded is hidden.
  const templateSteps = caseFlowStepsOf(committee.template);
  const rows = [...templateSteps, ...(flow?.steps.map((s) => s.step).filter((s) => !templateSteps.includes(s)) ?? [])];

  async function saveFlow(next: CaseFlow | null) {
    setError(undefined);
    try {
      await saveItemField({ meetingId: meeting.id, itemId: item.id, state }, 'caseFlow', { caseFlow: next });
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  function addBody(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    if (!flow) return;
    const name = body.trim();
    if (name === '') return setBodyError(t.bodyRequired);
    if (flow.bodies.includes(name)) return setBodyError(t.bodyExists);
    setBodyError(undefined);
    setBody('');
    void saveFlow({ ...flow, bodies: [...flow.bodies, name] });
  }

  function removeBody(name: string) {
    if (!flow) return;
    void saveFlow({
      ...flow,
      bodies: flow.bodies.filter((b) => b !== name),
      steps: flow.steps.map((s) => ({ ...s, bodies: s.bodies.filter((b) => b !== name) })).filter((s) => s.bodies.length > 0),
    });
  }

  function toggle(step: Step, name: string, on: boolean) {
    if (!flow) return;
    const current = flow.steps.find((s) => s.step === step)?.bodies ?? [];
    const bodies = on ? flow.bodies.filter((b) => b === name || current.includes(b)) : current.filter((b) => b !== name);
    // Steps stay in the printed order, and an empty step is left out.
    const steps = rows.map((s) => (s === step ? { step: s, bodies } : flow.steps.find((x) => x.step === s))).filter(
      (s): s is CaseFlow['steps'][number] => !!s && s.bodies.length > 0,
    );
    void saveFlow({ ...flow, steps });
  }

  if (!flow) {
    if (locked) return null;
    return (
      <section className="section case-flow" aria-labelledby={`${id}-heading`}>
        <div className="section-head">
          <h3 className="section-heading" id={`${id}-heading`}>
            {t.heading}
          </h3>
        </div>
        <p className="hint">{t.hint}</p>
        <button type="button" className="button small" onClick={() => void saveFlow({ bodies: [], steps: [], asTable: false })}>
          {t.enable}
        </button>
        {error && (
          <p className="action-error" role="alert">
            {error}
          </p>
        )}
      </section>
    );
  }

  return (
    <section className="section case-flow" aria-labelledby={`${id}-heading`}>
      <div className="section-head">
        <h3 className="section-heading" id={`${id}-heading`}>
          {t.heading}
        </h3>
      </div>
      <p className="hint">{t.hint}</p>
      <div className="case-flow-bodies" role="group" aria-label={t.bodies}>
        {flow.bodies.map((b) => (
          <span key={b} className="chip">
            {b}
            {!locked && (
              <button type="button" className="chip-remove" aria-label={t.removeBody(b)} title={t.removeBody(b)} onClick={() => removeBody(b)}>
                ×
              </button>
            )}
          </span>
        ))}
      </div>
      {!locked && (
        <form className="inline-form" onSubmit={addBody} noValidate>
          <label htmlFor={`${id}-body`}>{t.newBody}</label>
          <input
            id={`${id}-body`}
            type="text"
            value={body}
            maxLength={100}
            placeholder={t.bodyPlaceholder}
            aria-invalid={bodyError ? true : undefined}
            aria-describedby={bodyError ? `${id}-body-error` : undefined}
            onChange={(event) => setBody(event.target.value)}
          />
          <button type="submit" className="button small" disabled={flow.bodies.length >= 12}>
            {t.addBody}
          </button>
          {bodyError && (
            <p className="field-error" id={`${id}-body-error`} role="alert">
              {bodyError}
            </p>
          )}
        </form>
      )}
      <label className="check">
        <input type="checkbox" checked={flow.asTable} disabled={locked} onChange={(event) => void saveFlow({ ...flow, asTable: event.target.checked })} />
        {t.asTable}
      </label>
      {flow.asTable && flow.bodies.length > 0 ? (
        <table className="case-flow-table" aria-label={t.tableLabel}>
          <thead>
            <tr>
              <th scope="col">{t.step}</th>
              {flow.bodies.map((b) => (
                <th key={b} scope="col">
                  {b}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((step) => (
              <tr key={step}>
                <th scope="row">{step}</th>
                {flow.bodies.map((b) => (
                  <td key={b}>
                    <input
                      type="checkbox"
                      aria-label={t.cell(step, b)}
                      disabled={locked}
                      checked={flow.steps.find((s) => s.step === step)?.bodies.includes(b) ?? false}
                      onChange={(event) => toggle(step, b, event.target.checked)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        flow.bodies.length > 0 && (
          <p className="case-flow-line">
            <span className="muted">{t.preview}</span> {t.line(flow.bodies)}
          </p>
        )
      )}
      {!locked && (
        <button type="button" className="button small quiet" onClick={() => void saveFlow(null)}>
          {t.remove}
        </button>
      )}
      {error && (
        <p className="action-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

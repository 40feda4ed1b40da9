import { DEFAULT_CASE_FLOW_STEPS, MAX_CASE_FLOW_STEPS, type CaseFlowPlacement } from '../../../shared/domain/committee.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { refocusById } from '../ui/focus.ts';
import { moveRow, type StepRow, type TemplateDraft } from './templateRows.ts';
import { RowButtons } from './RowButtons.tsx';
import { TemplateRowTitleInput } from './TemplateRowTitleInput.tsx';
import { templateText } from '../../../shared/i18n/template.da.ts';

type Props = {
  steps: StepRow[];
  placement: CaseFlowPlacement;
  onChange(patch: Partial<Pick<TemplateDraft, 'caseFlowSteps' | 'caseFlowPlacement'>>): void;
};

const PLACEMENTS: CaseFlowPlacement[] = ['foerst', 'efterIndstilling', 'sidst'];

/** The body's Sagsgang: its own rows (Høring, Godkendelse …) in printed order, and where in the item the table stands. */
export function CaseFlowEditor({ steps, placement, onChange }: Props) {
  const t = templateText.caseFlow;
  const inputId = (key: string) => `case-flow-step-${key}`;
  const onRows = (caseFlowSteps: StepRow[]) => onChange({ caseFlowSteps });

  function add() {
    const row = { key: newId(), name: '' };
    onRows([...steps, row]);
    refocusById(inputId(row.key));
  }

  return (
    <fieldset className="template-block case-flow-template">
      <legend>{t.heading}</legend>
      <p className="hint">{t.hint}</p>
      <ol className="phrase-list">
        {steps.map((row, index) => {
          const n = index + 1;
          return (
            <li key={row.key} className="phrase-row">
              <TemplateRowTitleInput
                id={inputId(row.key)}
                label={t.step(n)}
                value={row.name}
                maxLength={100}
                index={index}
                count={steps.length}
                onChange={(name) => onRows(steps.map((r) => (r.key === row.key ? { ...r, name } : r)))}
                onMove={(to) => {
                  onRows(moveRow(steps, index, to));
                  refocusById(inputId(row.key));
                }}
              />
              <RowButtons
                rowKey={row.key}
                index={index}
                count={steps.length}
                upLabel={t.moveUp(n)}
                downLabel={t.moveDown(n)}
                removeLabel={t.remove(n)}
                onMove={(from, to) => onRows(moveRow(steps, from, to))}
                onRemove={() => onRows(steps.filter((r) => r.key !== row.key))}
              />
            </li>
          );
        })}
      </ol>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={steps.length >= MAX_CASE_FLOW_STEPS}
          title={steps.length >= MAX_CASE_FLOW_STEPS ? t.tooMany(MAX_CASE_FLOW_STEPS) : undefined}
          onClick={add}
        >
          + {t.add}
        </button>
        <button type="button" className="button quiet" onClick={() => onRows(DEFAULT_CASE_FLOW_STEPS.map((name) => ({ key: newId(), name })))}>
          {t.reset}
        </button>
      </div>
      <div className="field field-narrow">
        <label htmlFor="template-case-flow-placement">{t.placement}</label>
        <select id="template-case-flow-placement" value={placement} onChange={(e) => onChange({ caseFlowPlacement: e.target.value as CaseFlowPlacement })}>
          {PLACEMENTS.map((p) => (
            <option key={p} value={p}>
              {t.placements[p]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

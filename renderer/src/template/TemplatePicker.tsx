import type { ReadyTemplate } from '../../../shared/api/contract.ts';
import { templateText } from '../../../shared/i18n/template.da.ts';

/** The value for "no ready template": the app's plain default. */
export const BLANK_TEMPLATE = '';

type Props = { templates: ReadyTemplate[]; value: string; error?: string; onChange(id: string): void };

/** Splits `Politisk udvalg (Sagsresume, …)` into its name and the sections it lists. */
function splitName(name: string): { title: string } {
  const open = name.indexOf(' (');
  return { title: open > 0 ? name.slice(0, open) : name };
}

export function TemplatePicker({ templates, value, error, onChange }: Props) {
  const t = templateText.picker;
  const options = [
    ...templates.map((ready) => ({
      id: ready.id,
      title: splitName(ready.name).title,
      description: ready.description,
      sections: ready.template.sections.map((s) => s.title),
      standard: ready.template.standardItems.map((s) => s.title),
    })),
    { id: BLANK_TEMPLATE, title: t.blankName, description: t.blankDescription, sections: [], standard: [] },
  ];
  return (
    <fieldset className="template-picker">
      <legend>{t.templateLegend}</legend>
      <p className="hint" id="template-picker-hint">
        {t.templateHint}
      </p>
      {error && (
        <p className="action-error" role="alert">
          {error}
        </p>
      )}
      <div className="template-options">
        {options.map((o) => {
          const id = `template-option-${o.id || 'blank'}`;
          return (
            <label key={id} className={value === o.id ? 'template-option selected' : 'template-option'} htmlFor={id}>
              <input id={id} type="radio" name="ready-template" value={o.id} checked={value === o.id} onChange={() => onChange(o.id)} aria-describedby={`${id}-desc`} />
              <span className="template-option-text">
                <span className="template-option-title">{o.title}</span>
                <span className="template-option-desc" id={`${id}-desc`}>
                  {o.description}
                  {o.sections.length > 0 && <span className="template-option-meta">{t.sectionsLine(o.sections)}</span>}
                  {o.id !== BLANK_TEMPLATE && <span className="template-option-meta">{t.standardItemsLine(o.standard)}</span>}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

import { decisionHeading } from '../../../shared/domain/decisionHeading.ts';
import type { TemplateDraft } from './templateRows.ts';
import { TemplateSectionsEditor } from './TemplateSectionsEditor.tsx';
import { StandardItemsEditor } from './StandardItemsEditor.tsx';
import { DecisionPhrasesEditor } from './DecisionPhrasesEditor.tsx';
import { NumberingEditor } from './NumberingEditor.tsx';
import { DocumentLookEditor } from './DocumentLookEditor.tsx';
import { CaseFlowEditor } from './CaseFlowEditor.tsx';
import { templateText } from '../../../shared/i18n/template.da.ts';

type Props = {
  draft: TemplateDraft;
  committeeName: string;
  onChange(patch: Partial<TemplateDraft>): void;
};

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The committee's template: everything a new meeting and a new item start from. */
export function TemplateEditor({ draft, committeeName, onChange }: Props) {
  const t = templateText;
  const decisionTitle = draft.sections.find((s) => s.kind === 'beslutning')?.title.trim() || t.kindDecision;
  const example = decisionHeading(decisionTitle, { committeeName: committeeName.trim() || '…', style: draft.decisionHeading, date: todayIso() });

  return (
    <section className="template-editor" aria-labelledby="template-editor-heading">
      <h3 id="template-editor-heading">{t.heading}</h3>
      <p className="note-box" role="note">
        {t.changeNote}
      </p>
      <TemplateSectionsEditor rows={draft.sections} onRows={(sections) => onChange({ sections })} />

      <fieldset className="template-block" aria-describedby="decision-heading-example">
        <legend>{t.decisionHeadingLegend}</legend>
        <div className="radio-row">
          <label className="check">
            <input
              type="radio"
              name="decision-heading"
              value="kort"
              checked={draft.decisionHeading === 'kort'}
              onChange={() => onChange({ decisionHeading: 'kort' })}
            />
            {t.decisionShort}
          </label>
          <label className="check">
            <input
              type="radio"
              name="decision-heading"
              value="medUdvalgOgDato"
              checked={draft.decisionHeading === 'medUdvalgOgDato'}
              onChange={() => onChange({ decisionHeading: 'medUdvalgOgDato' })}
            />
            {t.decisionLong}
          </label>
        </div>
        <p className="example-heading" id="decision-heading-example" aria-live="polite">
          {t.decisionExample(example)}
        </p>
      </fieldset>

      <StandardItemsEditor rows={draft.standardItems} onRows={(standardItems) => onChange({ standardItems })} />

      <fieldset className="template-block">
        <legend>{t.meetingDefaultsHeading}</legend>
        <div className="field-row">
          <div className="field field-narrow">
            <label htmlFor="template-default-time">{t.defaultTime}</label>
            <input id="template-default-time" type="time" value={draft.defaultTime} onChange={(e) => onChange({ defaultTime: e.target.value })} />
          </div>
          <div className="field field-grow">
            <label htmlFor="template-default-location">{t.defaultLocation}</label>
            <input
              id="template-default-location"
              type="text"
              maxLength={300}
              placeholder={t.defaultLocationPlaceholder}
              value={draft.defaultLocation}
              onChange={(e) => onChange({ defaultLocation: e.target.value })}
            />
          </div>
        </div>
      </fieldset>

      <NumberingEditor mode={draft.numberingMode} startNumber={draft.startNumber} onChange={onChange} />
      <DecisionPhrasesEditor rows={draft.phrases} onRows={(phrases) => onChange({ phrases })} />
      <CaseFlowEditor steps={draft.caseFlowSteps} placement={draft.caseFlowPlacement} onChange={onChange} />
      <DocumentLookEditor font={draft.font} logo={draft.logo} tocItemNumbers={draft.tocItemNumbers} onChange={onChange} />
    </section>
  );
}

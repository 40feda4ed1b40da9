import type { TemplateDraft } from './templateRows.ts';
import { templateText } from '../../../shared/i18n/template.da.ts';

type Props = {
  mode: TemplateDraft['numberingMode'];
  startNumber: string;
  onChange(patch: Partial<Pick<TemplateDraft, 'numberingMode' | 'startNumber'>>): void;
};

export function NumberingEditor({ mode, startNumber, onChange }: Props) {
  const t = templateText;
  const invalid = !/^[1-9]\d{0,5}$/.test(startNumber) || Number(startNumber) > 100000;
  return (
    <fieldset className="template-block" aria-describedby="numbering-explanation">
      <legend>{t.numberingLegend}</legend>
      <div className="radio-row">
        <label className="check">
          <input type="radio" name="numbering-mode" value="perMoede" checked={mode === 'perMoede'} onChange={() => onChange({ numberingMode: 'perMoede' })} />
          {t.numberingPerMeeting}
        </label>
        <label className="check">
          <input type="radio" name="numbering-mode" value="loebende" checked={mode === 'loebende'} onChange={() => onChange({ numberingMode: 'loebende' })} />
          {t.numberingRunning}
        </label>
      </div>
      <p className="hint" id="numbering-explanation">
        {t.numberingExplanation}
      </p>
      <div className="field field-narrow">
        <label htmlFor="template-start-number">{t.startNumber}</label>
        <input
          id="template-start-number"
          type="number"
          min={1}
          max={100000}
          inputMode="numeric"
          value={startNumber}
          aria-invalid={invalid ? true : undefined}
          aria-describedby="template-start-number-hint"
          onChange={(e) => onChange({ startNumber: e.target.value })}
        />
        <p className="hint" id="template-start-number-hint">
          {invalid ? t.startNumberInvalid : mode === 'loebende' ? t.startNumberHintRunning : t.startNumberHintPerMeeting}
        </p>
      </div>
    </fieldset>
  );
}

import { useId, useState, type ChangeEvent } from 'react';
import { DOCUMENT_FONTS, LOGO_MAX_BYTES, type DocumentFont } from '../../../shared/domain/committee.ts';
import { readLogoFile } from './readLogoFile.ts';
import type { TemplateDraft } from './templateRows.ts';
import { templateText } from '../../../shared/i18n/template.da.ts';

type Props = {
  font: TemplateDraft['font'];
  logo: string;
  tocItemNumbers: boolean;
  onChange(patch: Partial<Pick<TemplateDraft, 'font' | 'logo' | 'tocItemNumbers'>>): void;
};

/** Font, logo and table of contents of the exported protocol. */
export function DocumentLookEditor({ font, logo, tocItemNumbers, onChange }: Props) {
  const t = templateText;
  const inputId = useId();
  const [error, setError] = useState<string>();

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    // Cleared at once, so picking the same file again after an error fires again.
    input.value = '';
    if (!file) return;
    const result = await readLogoFile(file, LOGO_MAX_BYTES);
    if (result.ok) {
      setError(undefined);
      onChange({ logo: result.dataUrl });
    } else {
      setError(result.error);
    }
  }

  return (
    <fieldset className="template-block">
      <legend>{t.lookHeading}</legend>
      <div className="field field-narrow">
        <label htmlFor="template-font">{t.font}</label>
        <select id="template-font" value={font} onChange={(e) => onChange({ font: e.target.value as DocumentFont | '' })}>
          <option value="">{t.fontDefault}</option>
          {DOCUMENT_FONTS.filter((f) => f !== 'Calibri').map((f) => (
            <option key={f} value={f} style={{ fontFamily: f }}>
              {f}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <span className="field-label" id={`${inputId}-label`}>
          {t.logo}
        </span>
        <p className="hint" id={`${inputId}-hint`}>
          {t.logoHint}
        </p>
        <div className="logo-row">
          <div className="logo-preview">{logo ? <img src={logo} alt={t.logoPreviewAlt} /> : <span className="muted">{t.logoNone}</span>}</div>
          <span className="button file-button">
            <input
              id={inputId}
              type="file"
              className="file-input"
              accept="image/png,image/jpeg,.png,.jpg,.jpeg"
              aria-describedby={error ? `${inputId}-hint ${inputId}-error` : `${inputId}-hint`}
              aria-invalid={error ? true : undefined}
              onChange={(e) => void pick(e)}
            />
            <label htmlFor={inputId}>{logo ? t.logoReplace : t.logoChoose}</label>
          </span>
          {logo && (
            <button type="button" className="button quiet" onClick={() => onChange({ logo: '' })}>
              {t.logoRemove}
            </button>
          )}
        </div>
        {error && (
          <p className="action-error" id={`${inputId}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <label className="check">
        <input type="checkbox" checked={tocItemNumbers} onChange={(e) => onChange({ tocItemNumbers: e.target.checked })} />
        {t.tocItemNumbers}
      </label>
    </fieldset>
  );
}

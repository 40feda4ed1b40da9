import { useState } from 'react';
import { newId } from '../../../shared/domain/ids.ts';
import { refocusById } from '../ui/focus.ts';
import { moveRow, type SectionRow } from './templateRows.ts';
import { RowButtons } from './RowButtons.tsx';
import { TemplateRowTitleInput } from './TemplateRowTitleInput.tsx';
import { templateText } from '../../../shared/i18n/template.da.ts';

type Props = { rows: SectionRow[]; onRows(rows: SectionRow[]): void };

/** The sections every new item gets: title, text or decision, required, default text, order. */
export function TemplateSectionsEditor({ rows, onRows }: Props) {
  const t = templateText;
  const [announcement, setAnnouncement] = useState('');
  const update = (key: string, patch: Partial<SectionRow>) => onRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const titleId = (key: string) => `template-section-title-${key}`;

  function move(from: number, to: number, focusId?: string) {
    const row = rows[from];
    if (!row) return;
    onRows(moveRow(rows, from, to));
    setAnnouncement(t.moved(row.title || t.newSection, to + 1));
    if (focusId) refocusById(focusId);
  }

  // Exactly one decision section: choosing another one turns the old one into text.
  function setKind(key: string, kind: SectionRow['kind']) {
    onRows(
      rows.map((r) => {
        if (r.key === key) return { ...r, kind };
        return kind === 'beslutning' && r.kind === 'beslutning' ? { ...r, kind: 'tekst' } : r;
      }),
    );
  }

  return (
    <fieldset className="template-block">
      <legend>{t.sectionsHeading}</legend>
      <p className="hint">{t.sectionsHint}</p>
      <ol className="template-sections">
        {rows.map((row, index) => {
          const n = index + 1;
          const isDecision = row.kind === 'beslutning';
          return (
            <li key={row.key} className={isDecision ? 'template-row decision' : 'template-row'}>
              <span className="template-row-num" aria-hidden="true">
                {n}
              </span>
              <div className="template-row-main">
                <div className="template-row-line">
                  <TemplateRowTitleInput
                    id={titleId(row.key)}
                    label={t.sectionTitle(n)}
                    value={row.title}
                    maxLength={200}
                    index={index}
                    count={rows.length}
                    onChange={(title) => update(row.key, { title })}
                    onMove={(to) => move(index, to, titleId(row.key))}
                  />
                  <select aria-label={t.sectionKind(n)} value={row.kind} onChange={(e) => setKind(row.key, e.target.value as SectionRow['kind'])}>
                    <option value="tekst">{t.kindText}</option>
                    <option value="beslutning">{t.kindDecision}</option>
                  </select>
                  <label className="check template-required">
                    <input type="checkbox" aria-label={t.sectionRequired(n)} checked={row.required} onChange={(e) => update(row.key, { required: e.target.checked })} />
                    <span aria-hidden="true">{t.requiredLabel}</span>
                  </label>
                  <RowButtons
                    rowKey={row.key}
                    index={index}
                    count={rows.length}
                    upLabel={t.moveSectionUp(n)}
                    downLabel={t.moveSectionDown(n)}
                    removeLabel={t.removeSection(n)}
                    removeBlockedReason={isDecision ? t.decisionCannotBeRemoved : undefined}
                    onMove={(from, to) => move(from, to)}
                    onRemove={() => onRows(rows.filter((r) => r.key !== row.key))}
                  />
                </div>
                {!isDecision && (
                  <div className="template-row-line">
                    <span className="template-default-label" aria-hidden="true">
                      {t.defaultTextLabel}
                    </span>
                    <input
                      type="text"
                      className="template-row-default"
                      aria-label={t.sectionDefaultText(n)}
                      placeholder={t.defaultTextPlaceholder}
                      value={row.defaultText}
                      maxLength={2000}
                      onChange={(e) => update(row.key, { defaultText: e.target.value })}
                    />
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => onRows([...rows, { key: newId(), title: t.newSection, kind: 'tekst', defaultText: '', required: false }])}
      >
        + {t.addSection}
      </button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}

import type { CommitteeTemplate } from '../../../shared/domain/committee.ts';
import { newId } from '../../../shared/domain/ids.ts';
import type { SectionRow } from './templateRows.ts';
import { ui } from '../ui.ts';

type Settings = Pick<CommitteeTemplate, 'decisionHeading' | 'defaultLocation' | 'defaultTime'>;

type Props = {
  rows: SectionRow[];
  settings: Settings;
  onRows(rows: SectionRow[]): void;
  onSettings(settings: Settings): void;
};

export function TemplateEditor({ rows, settings, onRows, onSettings }: Props) {
  const t = ui.template;
  const update = (key: string, patch: Partial<SectionRow>) => onRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const move = (index: number, to: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    if (row) next.splice(to, 0, row);
    onRows(next);
  };

  return (
    <fieldset className="template-editor">
      <legend>{t.heading}</legend>
      <p className="hint">{t.intro}</p>
      <ol className="template-sections">
        {rows.map((row, index) => {
          const n = index + 1;
          return (
            <li key={row.key} className={row.kind === 'beslutning' ? 'template-row decision' : 'template-row'}>
              <input type="text" aria-label={t.sectionTitle(n)} value={row.title} maxLength={200} onChange={(e) => update(row.key, { title: e.target.value })} />
              <select aria-label={t.sectionKind(n)} value={row.kind} onChange={(e) => update(row.key, { kind: e.target.value as SectionRow['kind'] })}>
                <option value="tekst">{t.kindText}</option>
                <option value="beslutning">{t.kindDecision}</option>
              </select>
              <div className="row-buttons">
                <button type="button" className="icon-button" aria-label={t.moveUp(n)} disabled={index === 0} onClick={() => move(index, index - 1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t.moveDown(n)}
                  disabled={index === rows.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button danger"
                  aria-label={t.remove(n)}
                  disabled={rows.length === 1}
                  onClick={() => onRows(rows.filter((r) => r.key !== row.key))}
                >
                  ×
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={() => onRows([...rows, { key: newId(), title: t.newSection, kind: 'tekst', defaultText: '', required: false }])}>
        + {t.add}
      </button>
      <div className="field-row">
        <div className="field">
          <label htmlFor="template-decision-heading">{t.decisionHeading}</label>
          <select
            id="template-decision-heading"
            value={settings.decisionHeading}
            onChange={(e) => onSettings({ ...settings, decisionHeading: e.target.value as Settings['decisionHeading'] })}
          >
            <option value="kort">{t.decisionShort}</option>
            <option value="medUdvalgOgDato">{t.decisionLong}</option>
          </select>
        </div>
        <div className="field field-narrow">
          <label htmlFor="template-default-time">{t.defaultTime}</label>
          <input
            id="template-default-time"
            type="time"
            value={settings.defaultTime}
            onChange={(e) => onSettings({ ...settings, defaultTime: e.target.value })}
          />
        </div>
        <div className="field field-grow">
          <label htmlFor="template-default-location">{t.defaultLocation}</label>
          <input
            id="template-default-location"
            type="text"
            maxLength={300}
            value={settings.defaultLocation}
            onChange={(e) => onSettings({ ...settings, defaultLocation: e.target.value })}
          />
        </div>
      </div>
    </fieldset>
  );
}

import { newId } from '../../../shared/domain/ids.ts';
import type { ItemKind } from '../../../shared/domain/committee.ts';
import { refocusById } from '../ui/focus.ts';
import { moveRow, type StandardItemRow } from './templateRows.ts';
import { RowButtons } from './RowButtons.tsx';
import { TemplateRowTitleInput } from './TemplateRowTitleInput.tsx';
import { templateText } from '../../../shared/i18n/template.da.ts';

const KINDS: ItemKind[] = ['beslutning', 'orientering', 'droeftelse'];
/** The schema's cap: a template with more standard items than this is refused. */
const MAX = 20;

type Props = { rows: StandardItemRow[]; onRows(rows: StandardItemRow[]): void };

export function StandardItemsEditor({ rows, onRows }: Props) {
  const t = templateText;
  const update = (key: string, patch: Partial<StandardItemRow>) => onRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const titleId = (key: string) => `standard-item-title-${key}`;

  return (
    <fieldset className="template-block">
      <legend>{t.standardItemsHeading}</legend>
      <p className="hint">{t.standardItemsHint}</p>
      {rows.length === 0 ? (
        <p className="muted">{t.noStandardItems}</p>
      ) : (
        <ol className="template-sections">
          {rows.map((row, index) => {
            const n = index + 1;
            return (
              <li key={row.key} className="template-row">
                <span className="template-row-num" aria-hidden="true">
                  {n}
                </span>
                <div className="template-row-main">
                  <div className="template-row-line">
                    <TemplateRowTitleInput
                      id={titleId(row.key)}
                      label={t.standardItemTitle(n)}
                      value={row.title}
                      maxLength={500}
                      index={index}
                      count={rows.length}
                      onChange={(title) => update(row.key, { title })}
                      onMove={(to) => {
                        onRows(moveRow(rows, index, to));
                        refocusById(titleId(row.key));
                      }}
                    />
                    <select
                      aria-label={t.standardItemPlacement(n)}
                      value={row.placement}
                      onChange={(e) => update(row.key, { placement: e.target.value as StandardItemRow['placement'] })}
                    >
                      <option value="foerst">{t.placementFirst}</option>
                      <option value="sidst">{t.placementLast}</option>
                    </select>
                    <select aria-label={t.standardItemKind(n)} value={row.kind} onChange={(e) => update(row.key, { kind: e.target.value as ItemKind })}>
                      {KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t.kinds[k]}
                        </option>
                      ))}
                    </select>
                    <RowButtons
                    rowKey={row.key}
                      index={index}
                      count={rows.length}
                      upLabel={t.moveStandardUp(n)}
                      downLabel={t.moveStandardDown(n)}
                      removeLabel={t.removeStandard(n)}
                      onMove={(from, to) => onRows(moveRow(rows, from, to))}
                      onRemove={() => onRows(rows.filter((r) => r.key !== row.key))}
                    />
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <button
        type="button"
        className="button"
        disabled={rows.length >= MAX}
        title={rows.length >= MAX ? t.tooMany(MAX) : undefined}
        onClick={() => onRows([...rows, { key: newId(), title: '', placement: 'sidst', kind: 'beslutning' }])}
      >
        + {t.addStandard}
      </button>
    </fieldset>
  );
}

import { newId } from '../../../shared/domain/ids.ts';
import { moveKeyTarget } from './templateRows.ts';
import { refocusById } from '../ui/focus.ts';
import { moveRow, type PhraseRow } from './templateRows.ts';
import { RowButtons } from './RowButtons.tsx';
import { templateText } from '../../../shared/i18n/template.da.ts';

/** The schema's cap on decision phrases. */
const MAX = 20;

type Props = { rows: PhraseRow[]; onRows(rows: PhraseRow[]): void };

export function DecisionPhrasesEditor({ rows, onRows }: Props) {
  const t = templateText;
  const inputId = (key: string) => `decision-phrase-${key}`;

  function add() {
    const row = { key: newId(), text: '' };
    onRows([...rows, row]);
    refocusById(inputId(row.key));
  }

  return (
    <fieldset className="template-block">
      <legend>{t.phrasesHeading}</legend>
      <p className="hint">{t.phrasesHint}</p>
      {rows.length === 0 ? (
        <p className="muted">{t.noPhrases}</p>
      ) : (
        <ol className="phrase-list">
          {rows.map((row, index) => {
            const n = index + 1;
            return (
              <li key={row.key} className="phrase-row">
                <input
                  id={inputId(row.key)}
                  type="text"
                  aria-label={t.phrase(n)}
                  value={row.text}
                  maxLength={300}
                  placeholder={t.newPhrase}
                  onChange={(e) => onRows(rows.map((r) => (r.key === row.key ? { ...r, text: e.target.value } : r)))}
                  onKeyDown={(e) => {
                    const to = moveKeyTarget(e, index, rows.length);
                    if (to === undefined) return;
                    onRows(moveRow(rows, index, to));
                    refocusById(inputId(row.key));
                  }}
                />
                <RowButtons
                  rowKey={row.key}
                  index={index}
                  count={rows.length}
                  upLabel={t.movePhraseUp(n)}
                  downLabel={t.movePhraseDown(n)}
                  removeLabel={t.removePhrase(n)}
                  onMove={(from, to) => onRows(moveRow(rows, from, to))}
                  onRemove={() => onRows(rows.filter((r) => r.key !== row.key))}
                />
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" className="button" disabled={rows.length >= MAX} title={rows.length >= MAX ? t.tooMany(MAX) : undefined} onClick={add}>
        + {t.addPhrase}
      </button>
    </fieldset>
  );
}

import { useId, type ChangeEvent } from 'react';
import { importText } from '../../../shared/i18n/import.da.ts';

export type CaseTextState = { busy: boolean; message?: { ok: boolean; text: string } };

type Props = { state: CaseTextState; onFile(file: File): void };

/** The button that reads a case worker's sagsfremstilling into the item; the item editor also takes the file dropped on it. */
export function ItemCaseText({ state, onFile }: Props) {
  const t = importText.caseTextScreen;
  const id = useId();
  function change(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onFile(file);
  }
  return (
    <div className="item-case-text">
      <span className={state.busy ? 'button small file-button busy' : 'button small file-button'}>
        <input
          id={id}
          type="file"
          className="file-input"
          accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label={t.buttonLabel}
          aria-describedby={`${id}-hint`}
          disabled={state.busy}
          onChange={change}
        />
        <label htmlFor={id}>{t.button}</label>
      </span>
      <span className="hint" id={`${id}-hint`}>
        {t.dropHint}
      </span>
      {state.busy && (
        <p className="action-progress" role="status">
          <progress aria-label={t.button} />
        </p>
      )}
      {state.message && (
        <p className={state.message.ok ? 'action-ok' : 'action-error'} role={state.message.ok ? 'status' : 'alert'}>
          {state.message.text}
        </p>
      )}
    </div>
  );
}

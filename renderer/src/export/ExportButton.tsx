import { useId, useState } from 'react';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { exportDocument, openExportedFile, showExportedFile, type ExportChoice } from './exportCommands.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { exportText } from '../../../shared/i18n/export.da.ts';

type Props = { meeting: Meeting; primary?: boolean; onExported?(): void };
type Choice = ExportChoice;
type Outcome = { ok: boolean; text: string; savedPath?: string };

/**
 * Export of the meeting's document. The quick button gives the full referat as
 * DOCX; "Flere valg" picks dagsorden or referat, full or public, DOCX or PDF.
 * In the desktop app the file is saved where the secretary chooses and can be
 * opened or shown in its folder at once; in a browser it is downloaded.
 */
export function ExportButton({ meeting, primary = false, onExported }: Props) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [choice, setChoice] = useState<Choice>({ variant: 'referat', audience: 'fuld', format: 'docx' });
  const id = useId();

  async function run(request: Choice) {
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await exportDocument(meeting.id, request);
      if (result.kind === 'download') {
        setOutcome({ ok: true, text: exportText.exported(result.fileName) });
      } else if (result.kind === 'saved') {
        setOutcome({ ok: true, text: exportText.saved(result.fileName), savedPath: result.path });
      } else {
        setOutcome({ ok: true, text: exportText.cancelled });
      }
      if (result.kind !== 'cancelled') onExported?.();
    } catch (error) {
      setOutcome({ ok: false, text: exportText.exportFailed(errorMessage(error)) });
    } finally {
      setBusy(false);
    }
  }

  async function fileAction(action: (path: string) => Promise<void>, path: string) {
    try {
      await action(path);
    } catch (error) {
      setOutcome({ ok: false, text: errorMessage(error) });
    }
  }

  const set = <K extends keyof Choice>(key: K) => (event: { target: { value: string } }) => setChoice((c) => ({ ...c, [key]: event.target.value as Choice[K] }));

  return (
    <div className="export-panel">
      <button type="button" className={primary ? 'button primary' : 'button'} onClick={() => void run({ variant: 'referat', audience: 'fuld', format: 'docx' })} disabled={busy}>
        {busy ? exportText.exporting : exportText.export}
      </button>
      <details className="export-options">
        <summary>{exportText.options}</summary>
        <fieldset disabled={busy}>
          <legend className="visually-hidden">{exportText.optionsLegend}</legend>
          <label htmlFor={`${id}-variant`}>{exportText.document}</label>
          <select id={`${id}-variant`} value={choice.variant} onChange={set('variant')}>
            <option value="referat">{exportText.documents.referat}</option>
            <option value="dagsorden">{exportText.documents.dagsorden}</option>
          </select>
          <label htmlFor={`${id}-audience`}>{exportText.audience}</label>
          <select id={`${id}-audience`} value={choice.audience} onChange={set('audience')}>
            <option value="fuld">{exportText.audiences.fuld}</option>
            <option value="offentlig">{exportText.audiences.offentlig}</option>
          </select>
          <label htmlFor={`${id}-format`}>{exportText.format}</label>
          <select id={`${id}-format`} value={choice.format} onChange={set('format')}>
            <option value="docx">{exportText.formats.docx}</option>
            <option value="pdf">{exportText.formats.pdf}</option>
          </select>
          <button type="button" className="button" onClick={() => void run(choice)}>
            {exportText.exportChosen}
          </button>
        </fieldset>
      </details>
      {busy && (
        <p className="action-progress" role="status">
          <progress aria-label={exportText.working} /> {exportText.working}
        </p>
      )}
      {outcome && (
        <div className={outcome.ok ? 'action-ok' : 'action-error'} role={outcome.ok ? 'status' : 'alert'}>
          <span>{outcome.text}</span>
          {outcome.savedPath && (
            <span className="export-file-actions">
              <button type="button" className="button small" onClick={() => void fileAction(openExportedFile, outcome.savedPath!)}>
                {exportText.open}
              </button>
              <button type="button" className="button small" onClick={() => void fileAction(showExportedFile, outcome.savedPath!)}>
                {exportText.showInFolder}
              </button>
            </span>
          )}
        </div>
      )}
    </div>
  );
}

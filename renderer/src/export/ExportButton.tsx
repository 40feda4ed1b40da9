import { useId, useState } from 'react';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { PublishCheckView } from '../../../shared/api/contract.ts';
import { defaultCheckVariant } from '../../../shared/domain/publishCheck/publishCheck.ts';
import { checkDocument, exportDocument, openExportedFile, showExportedFile, type ExportChoice } from './exportCommands.ts';
import { PublishCheckDialog } from './PublishCheckDialog.tsx';
import { errorMessage } from '../api/errorMessage.ts';
import { exportText } from '../../../shared/i18n/export.da.ts';

type Props = { meeting: Meeting; primary?: boolean; onExported?(): void };
type Choice = ExportChoice;
type Outcome = { ok: boolean; text: string; savedPath?: string };
type Check = { view: PublishCheckView; purpose: 'export' | 'manual'; choice?: Choice };

/**
 * Export of the meeting's document. The quick button gives the document the
 * meeting is at (the dagsorden until it is held, then the referat) as DOCX;
 * "Flere valg" picks dagsorden or referat, full or public, DOCX, PDF or the
 * publication packet. A public export runs »Tjek før udsendelse« first.
 * In the desktop app the file is saved where the secretary chooses and can be
 * opened or shown in its folder at once; in a browser it is downloaded.
 */
export function ExportButton({ meeting, primary = false, onExported }: Props) {
  const current = defaultCheckVariant(meeting);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [choice, setChoice] = useState<Choice>({ variant: current, audience: 'fuld', format: 'docx' });
  const [check, setCheck] = useState<Check>();
  const id = useId();

  async function save(request: Choice) {
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await exportDocument(meeting.id, request);
      if (result.kind === 'download') {
        setOutcome({ ok: true, text: exportText.exported(result.fileName, request.variant, request.audience, request.format) });
      } else if (result.kind === 'saved') {
        setOutcome({ ok: true, text: exportText.saved(result.fileName, request.variant, request.audience), savedPath: result.path });
      } else {
        setOutcome({ ok: true, text: exportText.cancelled });
      }
      if (result.kind !== 'cancelled') onExported?.();
    } catch (error) {
      setOutcome({ ok: false, text: exportText.exportFailed(errorMessage(error), request.variant) });
    } finally {
      setBusy(false);
    }
  }

  /** A public document is checked first; findings open the dialog, a clean check goes straight on. */
  async function run(request: Choice) {
    if (request.audience !== 'offentlig') return save(request);
    setBusy(true);
    setOutcome(undefined);
    try {
      const view = await checkDocument(meeting.id, request.variant, request.audience);
      setBusy(false);
      if (view.findings.length === 0) return save(request);
      setCheck({ view, purpose: 'export', choice: request });
    } catch (error) {
      setBusy(false);
      setOutcome({ ok: false, text: exportText.check.failed(errorMessage(error)) });
    }
  }

  async function checkNow() {
    setBusy(true);
    setOutcome(undefined);
    try {
      setCheck({ view: await checkDocument(meeting.id, choice.variant, 'offentlig'), purpose: 'manual' });
    } catch (error) {
      setOutcome({ ok: false, text: exportText.check.failed(errorMessage(error)) });
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
      <button type="button" className={primary ? 'button primary' : 'button'} onClick={() => void run({ variant: current, audience: 'fuld', format: 'docx' })} disabled={busy}>
        {busy ? exportText.exporting : exportText.exportQuick[current]}
      </button>
      <button type="button" className="button" onClick={() => void checkNow()} disabled={busy}>
        {exportText.checkNow}
      </button>
      <details className="export-options">
        <summary>{exportText.options}</summary>
        <fieldset disabled={busy}>
          <legend className="visually-hidden">{exportText.optionsLegend}</legend>
          <label htmlFor={`${id}-variant`}>{exportText.document}</label>
          <select id={`${id}-variant`} value={choice.variant} onChange={set('variant')}>
            <option value="dagsorden">{exportText.documents.dagsorden}</option>
            <option value="referat">{exportText.documents.referat}</option>
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
            <option value="packet">{exportText.formats.packet}</option>
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
      {check && (
        <PublishCheckDialog
          meetingId={meeting.id}
          view={check.view}
          purpose={check.purpose}
          blocking={check.view.audience === 'offentlig'}
          onClose={() => setCheck(undefined)}
          onProceed={
            check.choice
              ? () => {
                  const request = check.choice!;
                  setCheck(undefined);
                  void save(request);
                }
              : undefined
          }
        />
      )}
    </div>
  );
}

import { useState, type ChangeEvent } from 'react';
import type { ImportAnalysis } from '../../../shared/import/importAnalysis.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { analyseFile, MAX_IMPORT_BYTES, type PickedFile } from './importCommands.ts';
import { ImportReview } from './ImportReview.tsx';
import { importText } from '../../../shared/i18n/import.da.ts';

type Stage = { kind: 'pick'; message?: { ok: boolean; text: string } } | { kind: 'reading'; fileName: string } | { kind: 'review'; picked: PickedFile; analysis: ImportAnalysis };

/** Import of a referat or dagsorden: pick the file, review what was recognised, then store it. Nothing is written before that. */
export function ImportView() {
  const t = importText.screen;
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setStage({ kind: 'pick', message: { ok: false, text: t.tooLarge(MAX_IMPORT_BYTES / 1024 / 1024) } });
    setStage({ kind: 'reading', fileName: file.name });
    try {
      const { picked, analysis } = await analyseFile(file);
      setStage({ kind: 'review', picked, analysis });
    } catch (error) {
      setStage({ kind: 'pick', message: { ok: false, text: t.failed(errorMessage(error)) } });
    }
  }

  if (stage.kind === 'review') {
    return <ImportReview picked={stage.picked} analysis={stage.analysis} onCancel={() => setStage({ kind: 'pick', message: { ok: true, text: t.cancelled } })} />;
  }

  return (
    <section className="page-pad import-view" aria-labelledby="import-heading">
      <h1 id="import-heading" tabIndex={-1}>
        {t.heading}
      </h1>
      <p className="import-intro">{t.intro}</p>
      <span className={stage.kind === 'reading' ? 'button primary file-button busy' : 'button primary file-button'}>
        <input
          id="import-file"
          type="file"
          className="file-input"
          accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label={t.pickLabel}
          disabled={stage.kind === 'reading'}
          onChange={(e) => void pick(e)}
        />
        <label htmlFor="import-file">{stage.kind === 'reading' ? t.reading(stage.fileName) : t.pick}</label>
      </span>
      {stage.kind === 'reading' && (
        <p className="action-progress" role="status">
          <progress aria-label={t.reading(stage.fileName)} /> {t.reading(stage.fileName)}
        </p>
      )}
      {stage.kind === 'pick' && stage.message && (
        <p className={stage.message.ok ? 'action-ok' : 'action-error'} role={stage.message.ok ? 'status' : 'alert'}>
          {stage.message.text}
        </p>
      )}
    </section>
  );
}

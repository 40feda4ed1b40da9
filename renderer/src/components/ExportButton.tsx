import { useState } from 'react';
import { api } from '../api/apiClient.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { downloadFile } from '../lib/downloadFile.ts';
import { errorMessage } from '../lib/errorMessage.ts';
import { ui } from '../ui.ts';

type Props = { meeting: Meeting; primary?: boolean; onExported?(): void };

export function ExportButton({ meeting, primary = false, onExported }: Props) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();

  async function exportDocx() {
    setBusy(true);
    setResult(undefined);
    try {
      // The document must contain what is on screen, including edits still in their debounce.
      await saveTracker.flushAll();
      const file = await api.call('export.docx', { meetingId: meeting.id });
      downloadFile(file);
      setResult({ ok: true, text: ui.meeting.exported(file.fileName) });
      onExported?.();
    } catch (error) {
      setResult({ ok: false, text: ui.meeting.exportFailed(errorMessage(error)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className={primary ? 'button primary' : 'button'} onClick={() => void exportDocx()} disabled={busy}>
        {busy ? ui.meeting.exporting : ui.meeting.export}
      </button>
      {result && (
        <p className={result.ok ? 'action-ok' : 'action-error'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
    </>
  );
}

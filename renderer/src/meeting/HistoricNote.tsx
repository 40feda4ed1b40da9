import { useState } from 'react';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';
import { useAppDataContext } from '../data/AppDataContext.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { createDraftCopy } from './meetingCommands.ts';
import { importText } from '../../../shared/i18n/import.da.ts';
import { meetingText } from '../../../shared/i18n/meeting.da.ts';

/** An imported referat: approved outside Referent, read-only; a draft copy is the way to work on from it. */
export function HistoricNote({ meeting }: { meeting: Meeting }) {
  const t = meetingText.historic;
  const { addMeeting } = useAppDataContext();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (!meeting.historic) return null;
  const approvedOn = meeting.historic.approvedOn;

  async function copy() {
    setBusy(true);
    setError(undefined);
    try {
      await createDraftCopy(meeting, addMeeting);
    } catch (err) {
      setError(t.failed(errorMessage(err)));
      setBusy(false);
    }
  }

  return (
    <div className="historic-note" role="note">
      <p>
        <strong>{approvedOn ? importText.historic.noteWithDate(formatDateShort(approvedOn)) : importText.historic.note}</strong> {importText.historic.explanation}
      </p>
      <button type="button" className="button small" disabled={busy} title={t.copyHint} onClick={() => void copy()}>
        {busy ? t.copying : t.copy}
      </button>
      {error && (
        <p className="action-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

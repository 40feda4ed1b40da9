import { useEffect, useMemo, useRef, useState } from 'react';
import type { AgendaItem, Meeting } from '../../../shared/domain/meeting.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { useCommitteeMeetings } from '../data/useCommitteeMeetings.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { uiText } from '../../../shared/i18n/ui.da.ts';
import { agendaText } from '../../../shared/i18n/agenda.da.ts';
import { postponeItem } from './agendaCommands.ts';

type Props = { meeting: Meeting; item: AgendaItem; state: MeetingState; onClose(): void };

/** Udsæt: the choice of the meeting the item goes on to. */
export function PostponeDialog({ meeting, item, state, onClose }: Props) {
  const p = agendaText.postpone;
  const ref = useRef<HTMLDialogElement>(null);
  const loaded = useCommitteeMeetings(meeting.committeeId);
  const [chosen, setChosen] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  // Later meetings first in date order; an item is normally postponed forward.
  const meetings = useMemo(() => {
    if (!loaded.meetings) return undefined;
    const others = loaded.meetings.filter((m) => m.id !== meeting.id).sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
    const later = others.filter((m) => m.date >= meeting.date);
    return [...later, ...others.filter((m) => m.date < meeting.date)];
  }, [loaded.meetings, meeting.id, meeting.date]);
  const target = chosen ?? meetings?.[0]?.id ?? '';
  const shownError = error ?? loaded.error;

  async function confirm() {
    if (!target) return;
    setBusy(true);
    setError(undefined);
    try {
      await postponeItem({ meeting, state }, item, target);
      onClose();
    } catch (err) {
      setError(p.failed(errorMessage(err)));
      setBusy(false);
    }
  }

  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby="postpone-heading" aria-describedby="postpone-intro" onCancel={onClose}>
      <h2 id="postpone-heading">{p.heading}</h2>
      <p id="postpone-intro">{p.intro}</p>
      {meetings === undefined && !shownError && <p className="muted">{uiText.loading}</p>}
      {meetings?.length === 0 && <p>{p.none}</p>}
      {meetings && meetings.length > 0 && (
        <div className="field">
          <label htmlFor="postpone-target">{p.target}</label>
          <select id="postpone-target" value={target} onChange={(ev) => setChosen(ev.target.value)}>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {p.option(formatDateShort(m.date), p.status[m.status])}
              </option>
            ))}
          </select>
        </div>
      )}
      {shownError && (
        <p className="action-error" role="alert">
          {shownError}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button primary" onClick={() => void confirm()} disabled={busy || !target}>
          {p.confirm}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {uiText.cancel}
        </button>
      </div>
    </dialog>
  );
}

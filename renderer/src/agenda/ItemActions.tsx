import { useEffect, useRef, useState } from 'react';
import { api } from '../api/apiClient.ts';
import type { AgendaItem, Meeting, MeetingSummary } from '../../../shared/domain/meeting.ts';
import { itemLabels } from '../../../shared/domain/numbering.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { navigate } from '../shell/route.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { undoStack } from './undoStack.ts';
import { uiText } from '../../../shared/i18n/ui.da.ts';
import { agendaText } from '../../../shared/i18n/agenda.da.ts';

type Props = { meeting: Meeting; item: AgendaItem; index: number; state: MeetingState };

/** Kopiér and Udsæt for the selected item; the list row has the same copy tool. */
export function ItemActions({ meeting, item, index, state }: Props) {
  const a = agendaText.actions;
  const p = agendaText.postpone;
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();

  async function duplicate() {
    setError(undefined);
    try {
      const next = await saveTracker.run(`meeting:${meeting.id}:order`, () => api.call('items.duplicate', { meetingId: meeting.id, itemId: item.id }));
      state.apply(next);
      const copy = next.items[index + 1];
      if (!copy) return;
      undoStack.push({
        meetingId: meeting.id,
        message: agendaText.undo.duplicated(itemLabels(next)[index + 1] ?? ''),
        focusItemId: item.id,
        undo: () => api.call('items.remove', { meetingId: meeting.id, itemId: copy.id }),
        redo: () => api.call('items.restore', { meetingId: meeting.id, item: copy, index: index + 1 }),
      });
      navigate({ kind: 'meeting', meetingId: meeting.id, tab: 'dagsorden', itemId: copy.id });
    } catch (err) {
      setError(agendaText.items.actionFailed(errorMessage(err)));
    }
  }

  return (
    <div className="item-actions" role="group" aria-label={a.label}>
      <button type="button" className="button small" onClick={() => void duplicate()}>
        {a.duplicate}
      </button>
      {!item.postponedTo && (
        <button type="button" className="button small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
          {a.postpone}
        </button>
      )}
      {error && (
        <p className="action-error" role="alert">
          {error}
        </p>
      )}
      {open && <PostponeDialog meeting={meeting} item={item} state={state} onClose={() => setOpen(false)} />}
      <span className="visually-hidden">{p.intro}</span>
    </div>
  );
}

function PostponeDialog({ meeting, item, state, onClose }: { meeting: Meeting; item: AgendaItem; state: MeetingState; onClose(): void }) {
  const p = agendaText.postpone;
  const ref = useRef<HTMLDialogElement>(null);
  const [meetings, setMeetings] = useState<MeetingSummary[]>();
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  useEffect(() => {
    let live = true;
    api
      .call('meetings.list', { committeeId: meeting.committeeId })
      .then((list) => {
        if (!live) return;
        // Later meetings first in date order; an item is normally postponed forward.
        const others = list.filter((m) => m.id !== meeting.id).sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
        const later = others.filter((m) => m.date >= meeting.date);
        const ordered = [...later, ...others.filter((m) => m.date < meeting.date)];
        setMeetings(ordered);
        setTarget(ordered[0]?.id ?? '');
      })
      .catch((err: unknown) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [meeting.committeeId, meeting.id, meeting.date]);

  async function confirm() {
    if (!target) return;
    setBusy(true);
    setError(undefined);
    try {
      // The item's own pending edits go with it to the other meeting.
      await Promise.all(item.sections.map((s) => saveTracker.flush(`section:${item.id}:${s.id}`)));
      state.apply(await api.call('items.postpone', { meetingId: meeting.id, itemId: item.id, toMeetingId: target }));
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
      {meetings === undefined && !error && <p className="muted">{uiText.loading}</p>}
      {meetings?.length === 0 && <p>{p.none}</p>}
      {meetings && meetings.length > 0 && (
        <div className="field">
          <label htmlFor="postpone-target">{p.target}</label>
          <select id="postpone-target" value={target} onChange={(ev) => setTarget(ev.target.value)}>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {p.option(formatDateShort(m.date), p.status[m.status])}
              </option>
            ))}
          </select>
        </div>
      )}
      {error && (
        <p className="action-error" role="alert">
          {error}
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

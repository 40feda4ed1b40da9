import { useState } from 'react';
import type { AgendaItem, Meeting } from '../../../shared/domain/meeting.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { agendaText } from '../../../shared/i18n/agenda.da.ts';
import { duplicateItem } from './agendaCommands.ts';
import { PostponeDialog } from './PostponeDialog.tsx';

type Props = { meeting: Meeting; item: AgendaItem; state: MeetingState };

/** Kopiér and Udsæt for the selected item; the list row has the same copy tool. */
export function ItemActions({ meeting, item, state }: Props) {
  const a = agendaText.actions;
  const p = agendaText.postpone;
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();

  async function duplicate() {
    setError(undefined);
    try {
      await duplicateItem({ meeting, state }, item);
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

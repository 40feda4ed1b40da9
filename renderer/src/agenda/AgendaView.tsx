import { useState } from 'react';
import type { Committee } from '../../../shared/domain/committee.ts';
import { isContentLocked, type Meeting } from '../../../shared/domain/meeting.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { ItemList } from './ItemList.tsx';
import { ItemEditor } from '../item/ItemEditor.tsx';
import { LockNotice } from '../approval/LockNotice.tsx';
import { MeetingModePanel } from './MeetingModePanel.tsx';
import { UndoToast } from './UndoToast.tsx';
import { useAgendaUndo } from './useAgendaUndo.ts';
import { agendaText } from '../../../shared/i18n/agenda.da.ts';

type Props = { meeting: Meeting; committee: Committee; state: MeetingState; selectedItemId?: string };

const modeKey = (meetingId: string) => `referent:moedetilstand:${meetingId}`;

export function AgendaView({ meeting, committee, state, selectedItemId }: Props) {
  const index = Math.max(0, meeting.items.findIndex((i) => i.id === selectedItemId));
  const item = meeting.items[index];
  const locked = isContentLocked(meeting);
  // Kept for the session: a reload in the middle of the meeting comes back to meeting mode.
  const [modeOn, setModeOn] = useState(() => sessionStorage.getItem(modeKey(meeting.id)) === '1');
  const meetingMode = modeOn && !locked;
  const undo = useAgendaUndo(meeting, state, locked);

  function setMode(on: boolean) {
    setModeOn(on);
    if (on) sessionStorage.setItem(modeKey(meeting.id), '1');
    else sessionStorage.removeItem(modeKey(meeting.id));
  }

  return (
    <div className={meetingMode ? 'agenda meeting-mode-on' : 'agenda'}>
      <ItemList meeting={meeting} committee={committee} state={state} selectedId={item?.id} markUndecided={meetingMode || meeting.status === 'afholdt'} />
      <div className="agenda-editor">
        <LockNotice meeting={meeting} />
        {!locked && item && (
          <div className="agenda-mode-switch">
            <button type="button" className={meetingMode ? 'button small primary' : 'button small'} aria-pressed={meetingMode} onClick={() => setMode(!meetingMode)}>
              {agendaText.meetingMode.toggle}
            </button>
          </div>
        )}
        {item ? (
          meetingMode ? (
            <MeetingModePanel meeting={meeting} committee={committee} item={item} index={index} state={state} onExit={() => setMode(false)} />
          ) : (
            <ItemEditor key={item.id} meeting={meeting} committee={committee} item={item} index={index} state={state} />
          )
        ) : (
          <p className="muted empty-editor">{agendaText.items.noneSelected}</p>
        )}
      </div>
      <UndoToast undo={undo} />
    </div>
  );
}

import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { ItemList } from './ItemList.tsx';
import { ItemEditor } from './ItemEditor.tsx';
import { LockNotice } from './LockNotice.tsx';
import { ui } from '../ui.ts';

type Props = { meeting: Meeting; committee: Committee; state: MeetingState; selectedItemId?: string };

export function AgendaView({ meeting, committee, state, selectedItemId }: Props) {
  const index = Math.max(0, meeting.items.findIndex((i) => i.id === selectedItemId));
  const item = meeting.items[index];
  return (
    <div className="agenda">
      <ItemList meeting={meeting} state={state} selectedId={item?.id} />
      <div className="agenda-editor">
        <LockNotice meeting={meeting} />
        {item ? (
          <ItemEditor key={item.id} meeting={meeting} committee={committee} item={item} index={index} state={state} />
        ) : (
          <p className="muted empty-editor">{ui.items.noneSelected}</p>
        )}
      </div>
    </div>
  );
}

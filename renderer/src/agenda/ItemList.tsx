import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { isContentLocked, type AgendaItem, type Meeting } from '../../../shared/domain/meeting.ts';
import { itemLabels } from '../../../shared/domain/numbering.ts';
import { formatDateShort } from '../../../shared/format/dates.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { routeHref } from '../shell/route.ts';
import { errorMessage } from '../api/errorMessage.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import { decisionState } from '../../../shared/domain/decisionState.ts';
import { duplicateItem, moveItem, removeItem } from './agendaCommands.ts';
import { CopyIcon } from '../ui/CopyIcon.tsx';
import { AddItemForm } from './AddItemForm.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { uiText } from '../../../shared/i18n/ui.da.ts';
import { agendaText } from '../../../shared/i18n/agenda.da.ts';

type Props = {
  meeting: Meeting;
  committee: Committee;
  state: MeetingState;
  selectedId?: string;
  /** In meeting mode (or once the meeting is held) items without a decision are marked. */
  markUndecided?: boolean;
};

type DropTarget = { index: number; where: 'before' | 'after' };

export function ItemList({ meeting, committee, state, selectedId, markUndecided = false }: Props) {
  const t = agendaText.items;
  const e = agendaText.list;
  const [error, setError] = useState<{ itemId: string; text: string }>();
  const [confirm, setConfirm] = useState<AgendaItem>();
  const [dragId, setDragId] = useState<string>();
  const [drop, setDrop] = useState<DropTarget>();
  const [announce, setAnnounce] = useState('');
  // A locked protocol's items can be read, not added, moved or deleted; the tools go rather than sit disabled.
  const locked = isContentLocked(meeting);
  const labels = itemLabels(meeting);

  const agenda = { meeting, state };

  async function move(item: AgendaItem, toIndex: number, focus?: { id: string; fallbackId?: string }) {
    setError(undefined);
    try {
      const label = await moveItem(agenda, item, toIndex, focus);
      if (label !== undefined) setAnnounce(e.moved(label));
    } catch (err) {
      setError({ itemId: item.id, text: t.actionFailed(errorMessage(err)) });
    }
  }

  async function duplicate(item: AgendaItem) {
    setError(undefined);
    try {
      await duplicateItem(agenda, item);
    } catch (err) {
      setError({ itemId: item.id, text: t.actionFailed(errorMessage(err)) });
    }
  }

  async function remove(item: AgendaItem) {
    setConfirm(undefined);
    setError(undefined);
    try {
      await removeItem(agenda, item);
    } catch (err) {
      setError({ itemId: item.id, text: t.actionFailed(errorMessage(err)) });
    }
  }

  function onLinkKeyDown(event: KeyboardEvent<HTMLAnchorElement>, item: AgendaItem, index: number) {
    if (locked || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    void move(item, index + (event.key === 'ArrowUp' ? -1 : 1), { id: `item-link-${item.id}` });
  }

  function dropIndex(target: DropTarget, from: number): number {
    const before = target.where === 'before' ? target.index : target.index + 1;
    // items.move takes the index in the list without the moved item.
    return before > from ? before - 1 : before;
  }

  function onDragOver(event: DragEvent<HTMLLIElement>, index: number) {
    if (!dragId) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const box = event.currentTarget.getBoundingClientRect();
    const where = event.clientY < box.top + box.height / 2 ? 'before' : 'after';
    if (drop?.index !== index || drop.where !== where) setDrop({ index, where });
  }

  function onDrop(event: DragEvent<HTMLLIElement>) {
    event.preventDefault();
    const item = meeting.items.find((i) => i.id === dragId);
    const target = drop;
    setDragId(undefined);
    setDrop(undefined);
    if (!item || !target) return;
    const from = meeting.items.indexOf(item);
    void move(item, dropIndex(target, from));
  }

  return (
    <section className="item-list" aria-labelledby="items-heading">
      <h2 id="items-heading" className="panel-title">
        {t.heading} <span className="count">{meeting.items.length}</span>
      </h2>
      {!locked && meeting.items.length > 1 && (
        <p className="hint item-list-hint" id="item-list-hint">
          {e.dragHint}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {meeting.items.length === 0 ? (
        <p className="muted item-list-empty">{t.empty}</p>
      ) : (
        <ol className="items" aria-label={t.listLabel}>
          {meeting.items.map((item, index) => {
            const label = labels[index] ?? '';
            const selected = item.id === selectedId;
            const decision = decisionState(item, committee.template);
            const dropClass = drop?.index === index && dragId && dragId !== item.id ? ` drop-${drop.where}` : '';
            return (
              <li
                key={item.id}
                className={`item-row${selected ? ' selected' : ''}${locked ? ' locked' : ''}${item.subItem ? ' sub-item' : ''}${item.postponedTo ? ' postponed' : ''}${dragId === item.id ? ' dragging' : ''}${dropClass}`}
                draggable={!locked}
                onDragStart={(event) => {
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', item.title);
                  setDragId(item.id);
                }}
                onDragEnd={() => {
                  setDragId(undefined);
                  setDrop(undefined);
                }}
                onDragOver={(event) => onDragOver(event, index)}
                onDrop={onDrop}
              >
                <a
                  id={`item-link-${item.id}`}
                  className="item-link"
                  href={routeHref({ kind: 'meeting', meetingId: meeting.id, tab: 'dagsorden', itemId: item.id })}
                  aria-current={selected ? 'true' : undefined}
                  aria-describedby={!locked && meeting.items.length > 1 ? 'item-list-hint' : undefined}
                  aria-keyshortcuts={locked ? undefined : 'Alt+ArrowUp Alt+ArrowDown'}
                  draggable={false}
                  onKeyDown={(event) => onLinkKeyDown(event, item, index)}
                >
                  <span className="item-link-title">
                    <span className="item-number">{e.number(label)}:</span> {item.title}
                  </span>
                  <span className="item-link-meta">
                    {item.caseNumber && <span className="case-number">{item.caseNumber}</span>}
                    {item.kind !== 'beslutning' && <span className="badge kind">{e.kinds[item.kind]}</span>}
                    {item.closed && <span className="badge closed">{t.closed}</span>}
                    {item.postponedTo && <span className="badge postponed">{e.postponedTo(formatDateShort(item.postponedTo.date))}</span>}
                    {item.postponedFrom && <span className="badge postponed-from">{e.postponedFrom(formatDateShort(item.postponedFrom.date))}</span>}
                    {decision === 'decided' && (
                      <span className="badge decided" title={t.decided}>
                        ✓ <span className="visually-hidden">{t.decided}</span>
                      </span>
                    )}
                    {decision === 'undecided' && markUndecided && <span className="badge undecided">{e.undecided}</span>}
                  </span>
                </a>
                {!locked && (
                  <div className="item-tools">
                    <button
                      type="button"
                      id={`move-op-${item.id}`}
                      className="icon-button"
                      aria-label={e.moveUp(label)}
                      title={e.moveUp(label)}
                      disabled={index === 0}
                      onClick={() => void move(item, index - 1, { id: `move-op-${item.id}`, fallbackId: `move-ned-${item.id}` })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      id={`move-ned-${item.id}`}
                      className="icon-button"
                      aria-label={e.moveDown(label)}
                      title={e.moveDown(label)}
                      disabled={index === meeting.items.length - 1}
                      onClick={() => void move(item, index + 1, { id: `move-ned-${item.id}`, fallbackId: `move-op-${item.id}` })}
                    >
                      ↓
                    </button>
                    <button type="button" className="icon-button" aria-label={e.duplicate(label)} title={e.duplicate(label)} onClick={() => void duplicate(item)}>
                      <CopyIcon />
                    </button>
                    <button type="button" className="icon-button danger" aria-label={e.remove(label)} title={e.remove(label)} onClick={() => setConfirm(item)}>
                      ×
                    </button>
                  </div>
                )}
                {error?.itemId === item.id && (
                  <p className="action-error" role="alert">
                    {error.text}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {!locked && <AddItemForm meeting={meeting} state={state} />}
      {confirm && (
        <ConfirmDialog
          heading={t.confirmRemoveHeading}
          text={e.confirmRemoveText(e.label(labels[meeting.items.indexOf(confirm)] ?? '', confirm.title))}
          confirmLabel={t.confirmRemove}
          cancelLabel={uiText.cancel}
          onConfirm={() => void remove(confirm)}
          onCancel={() => setConfirm(undefined)}
        />
      )}
    </section>
  );
}

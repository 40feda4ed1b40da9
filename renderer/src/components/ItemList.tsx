import { useState } from 'react';
import { api } from '../api/apiClient.ts';
import { decisionSection, isContentLocked, itemNumber, type AgendaItem, type Meeting } from '../../../shared/domain/meeting.ts';
import { isDocEmpty } from '../../../shared/text/richText.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { navigate, routeHref } from '../routing/route.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { errorMessage } from '../lib/errorMessage.ts';
import { AddItemForm } from './AddItemForm.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ui } from '../ui.ts';

type Props = { meeting: Meeting; state: MeetingState; selectedId?: string };

export function ItemList({ meeting, state, selectedId }: Props) {
  const t = ui.items;
  const [error, setError] = useState<{ itemId: string; text: string }>();
  const [confirm, setConfirm] = useState<AgendaItem>();
  const orderKey = `meeting:${meeting.id}:order`;
  // A locked protocol's items can be read, not added, moved or deleted; the tools go rather than sit disabled.
  const locked = isContentLocked(meeting);

  async function move(item: AgendaItem, toIndex: number, direction: 'op' | 'ned') {
    setError(undefined);
    try {
      const next = await saveTracker.run(orderKey, () => api.call('items.move', { meetingId: meeting.id, itemId: item.id, toIndex }));
      state.apply(next);
      // The row moved in the DOM and lost focus; keep the keyboard user on the same button, or its sibling at an end.
      requestAnimationFrame(() => {
        const preferred = document.getElementById(`move-${direction}-${item.id}`) as HTMLButtonElement | null;
        const other = document.getElementById(`move-${direction === 'op' ? 'ned' : 'op'}-${item.id}`);
        (preferred && !preferred.disabled ? preferred : other)?.focus();
      });
    } catch (e) {
      setError({ itemId: item.id, text: t.actionFailed(errorMessage(e)) });
    }
  }

  async function remove(item: AgendaItem) {
    setConfirm(undefined);
    setError(undefined);
    const index = meeting.items.findIndex((i) => i.id === item.id);
    try {
      const next = await saveTracker.run(orderKey, () => api.call('items.remove', { meetingId: meeting.id, itemId: item.id }));
      for (const s of item.sections) saveTracker.forget(`section:${item.id}:${s.id}`);
      state.apply(next);
      const neighbour = next.items[Math.min(index, next.items.length - 1)];
      navigate({ kind: 'meeting', meetingId: meeting.id, tab: 'dagsorden', itemId: neighbour?.id }, { replace: true });
    } catch (e) {
      setError({ itemId: item.id, text: t.actionFailed(errorMessage(e)) });
    }
  }

  return (
    <section className="item-list" aria-labelledby="items-heading">
      <h2 id="items-heading" className="panel-title">
        {t.heading} <span className="count">{meeting.items.length}</span>
      </h2>
      {meeting.items.length === 0 ? (
        <p className="muted item-list-empty">{t.empty}</p>
      ) : (
        <ol className="items" aria-label={t.listLabel}>
          {meeting.items.map((item, index) => {
            const n = itemNumber(meeting, index);
            const selected = item.id === selectedId;
            const decided = !isDocEmpty(decisionSection(item)?.body);
            return (
              <li key={item.id} className={`item-row${selected ? ' selected' : ''}${locked ? ' locked' : ''}`}>
                <a
                  className="item-link"
                  href={routeHref({ kind: 'meeting', meetingId: meeting.id, tab: 'dagsorden', itemId: item.id })}
                  aria-current={selected ? 'true' : undefined}
                >
                  <span className="item-link-title">
                    <span className="item-number">{t.number(n)}:</span> {item.title}
                  </span>
                  <span className="item-link-meta">
                    {item.caseNumber && <span className="case-number">{item.caseNumber}</span>}
                    {item.closed && <span className="badge closed">{t.closed}</span>}
                    {decided && (
                      <span className="badge decided" title={t.decided}>
                        ✓ <span className="visually-hidden">{t.decided}</span>
                      </span>
                    )}
                  </span>
                </a>
                {!locked && (
                <div className="item-tools">
                  <button
                    type="button"
                    id={`move-op-${item.id}`}
                    className="icon-button"
                    aria-label={t.moveUp(n)}
                    title={t.moveUp(n)}
                    disabled={index === 0}
                    onClick={() => void move(item, index - 1, 'op')}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    id={`move-ned-${item.id}`}
                    className="icon-button"
                    aria-label={t.moveDown(n)}
                    title={t.moveDown(n)}
                    disabled={index === meeting.items.length - 1}
                    onClick={() => void move(item, index + 1, 'ned')}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon-button danger"
                    aria-label={t.remove(n)}
                    title={t.remove(n)}
                    onClick={() => setConfirm(item)}
                  >
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
          text={t.confirmRemoveText(ui.items.label(itemNumber(meeting, meeting.items.indexOf(confirm)), confirm.title))}
          confirmLabel={t.confirmRemove}
          cancelLabel={ui.common.cancel}
          onConfirm={() => void remove(confirm)}
          onCancel={() => setConfirm(undefined)}
        />
      )}
    </section>
  );
}

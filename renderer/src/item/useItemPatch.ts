import { useRef } from 'react';
import { api } from '../api/apiClient.ts';
import type { ItemPatch } from '../../../shared/api/contract.ts';
import type { AgendaItem, Meeting } from '../../../shared/domain/meeting.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { saveTracker } from '../save/saveTracker.ts';

/**
 * Saves one field of an item through the save tracker (so the header shows
 * "Gemmer …" and a failure can be retried). The newest meeting callbacks are
 * read at save time: a save can outlive the render that scheduled it.
 */
export function useItemPatch(meeting: Meeting, item: AgendaItem, state: MeetingState) {
  const stateRef = useRef(state);
  stateRef.current = state;
  const key = (field: string) => `item:${item.id}:${field}`;
  const job = (patch: ItemPatch) => async () =>
    stateRef.current.apply(await api.call('items.update', { meetingId: meeting.id, itemId: item.id, patch }));
  /** Shown at once (a checkbox must not spring back while the server answers); the answer then replaces it. */
  const showLocally = (patch: ItemPatch) =>
    stateRef.current.applyLocal((m) => ({
      ...m,
      items: m.items.map((i) => (i.id === item.id ? withPatch(i, patch) : i)),
    }));
  return {
    key,
    /** Now; resolves when saved, rejects with the Danish error. */
    run: (field: string, patch: ItemPatch) => {
      showLocally(patch);
      // A refused change must not stay on screen as if saved.
      return saveTracker.run(key(field), job(patch)).catch((error: unknown) => {
        void stateRef.current.reload();
        throw error;
      });
    },
    /** Debounced, for typing. */
    schedule: (field: string, patch: ItemPatch) => saveTracker.schedule(key(field), job(patch)),
    flush: (field: string) => saveTracker.flush(key(field)),
  };
}

function withPatch(item: AgendaItem, patch: ItemPatch): AgendaItem {
  const { attachments, ...rest } = patch;
  const next: AgendaItem = { ...item, ...(rest as Partial<AgendaItem>) };
  if (attachments) {
    const byId = new Map(item.attachments.map((a) => [a.id, a]));
    // New entries get a stand-in id until the server names them.
    next.attachments = attachments.map((a, i) => ({ ...(a.id ? byId.get(a.id) : undefined), id: a.id ?? `ny-${i}`, name: a.name, closed: a.closed ?? false, file: (a.id ? byId.get(a.id)?.file : null) ?? null }));
  }
  return next;
}

import { api } from '../api/apiClient.ts';
import type { ItemKind } from '../../../shared/domain/committee.ts';
import type { AgendaItem, Meeting } from '../../../shared/domain/meeting.ts';
import { itemLabels } from '../../../shared/domain/numbering.ts';
import { agendaText } from '../../../shared/i18n/agenda.da.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { saveKeys } from '../save/saveKeys.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { navigate } from '../shell/route.ts';
import { refocusById } from '../ui/focus.ts';
import { undoStack } from './undoStack.ts';

/**
 * The structural changes to an agenda: add, move, copy, postpone, delete, and
 * undo/redo of them. Each command runs its whole sequence: the write through
 * the save tracker (one queue per agenda), the meeting the server answers
 * with, the undo entry, the route and the keyboard focus. Errors are thrown
 * with their Danish message for the screen to show.
 */
export type Agenda = { meeting: Meeting; state: MeetingState };

const labelOf = (meeting: Meeting, itemId: string) => itemLabels(meeting)[meeting.items.findIndex((i) => i.id === itemId)] ?? '';

const showItem = (meetingId: string, itemId: string | undefined, options?: { replace?: boolean }) =>
  navigate({ kind: 'meeting', meetingId, tab: 'dagsorden', itemId }, options);

function changeAgenda({ meeting, state }: Agenda, call: () => Promise<Meeting>): Promise<Meeting> {
  return saveTracker.run(saveKeys.agendaOrder(meeting.id), call).then((next) => {
    state.apply(next);
    return next;
  });
}

export type NewItem = { title: string; caseNumber: string; kind: ItemKind; subItem: boolean };

/** Adds an item, selects it, and leaves focus in the add form's title for the next one. */
export async function addItem(agenda: Agenda, item: NewItem): Promise<void> {
  const { meeting } = agenda;
  const next = await changeAgenda(agenda, () => api.call('items.add', { meetingId: meeting.id, ...item }));
  // New items go in before the closing standard items (Eventuelt …), so the new one is found by id, not by place.
  const before = new Set(meeting.items.map((i) => i.id));
  const addedIndex = next.items.findIndex((i) => !before.has(i.id));
  const added = next.items[addedIndex];
  if (added) {
    undoStack.push({
      meetingId: meeting.id,
      message: agendaText.undo.added(itemLabels(next)[addedIndex] ?? ''),
      undo: () => api.call('items.remove', { meetingId: meeting.id, itemId: added.id }),
      redo: () => api.call('items.restore', { meetingId: meeting.id, item: added, index: addedIndex }),
    });
  }
  showItem(meeting.id, added?.id);
  document.getElementById('add-item-title')?.focus();
}

/**
 * Moves an item to `toIndex` (in the list without it). Returns the item's new
 * label for the screen to announce, or undefined when nothing moved. `focus`
 * names the control to keep focus on once the row has moved in the DOM.
 */
export async function moveItem(agenda: Agenda, item: AgendaItem, toIndex: number, focus?: { id: string; fallbackId?: string }): Promise<string | undefined> {
  const { meeting } = agenda;
  const from = meeting.items.findIndex((i) => i.id === item.id);
  if (toIndex === from || toIndex < 0 || toIndex >= meeting.items.length) return undefined;
  const next = await changeAgenda(agenda, () => api.call('items.move', { meetingId: meeting.id, itemId: item.id, toIndex }));
  const label = labelOf(next, item.id);
  undoStack.push({
    meetingId: meeting.id,
    message: agendaText.undo.moved(label),
    focusItemId: item.id,
    undo: () => api.call('items.move', { meetingId: meeting.id, itemId: item.id, toIndex: from }),
    redo: () => api.call('items.move', { meetingId: meeting.id, itemId: item.id, toIndex }),
  });
  if (focus) refocusById(focus.id, focus.fallbackId);
  return label;
}

/** Copies an item right below itself and selects the copy. */
export async function duplicateItem(agenda: Agenda, item: AgendaItem): Promise<void> {
  const { meeting } = agenda;
  const next = await changeAgenda(agenda, () => api.call('items.duplicate', { meetingId: meeting.id, itemId: item.id }));
  const copy = next.items[next.items.findIndex((i) => i.id === item.id) + 1];
  if (!copy) return;
  undoStack.push({
    meetingId: meeting.id,
    message: agendaText.undo.duplicated(labelOf(next, copy.id)),
    focusItemId: item.id,
    undo: () => api.call('items.remove', { meetingId: meeting.id, itemId: copy.id }),
    redo: () => api.call('items.restore', { meetingId: meeting.id, item: copy, index: next.items.indexOf(copy) }),
  });
  showItem(meeting.id, copy.id);
}

/** Deletes an item, keeping its newest text for undo; selects the neighbour and offers Fortryd at once. */
export async function removeItem(agenda: Agenda, item: AgendaItem): Promise<void> {
  const { meeting } = agenda;
  const index = meeting.items.findIndex((i) => i.id === item.id);
  const label = itemLabels(meeting)[index] ?? '';
  // Pending text edits of the item go out first, so the copy kept for undo is the newest one.
  await Promise.all(item.sections.map((s) => saveTracker.flush(saveKeys.section(item.id, s.id))));
  const latest = (await api.call('meetings.get', { meetingId: meeting.id })).items.find((i) => i.id === item.id) ?? item;
  const next = await saveTracker.run(saveKeys.agendaOrder(meeting.id), () => api.call('items.remove', { meetingId: meeting.id, itemId: item.id }));
  for (const s of item.sections) saveTracker.forget(saveKeys.section(item.id, s.id));
  agenda.state.apply(next);
  undoStack.push({
    meetingId: meeting.id,
    message: agendaText.undo.deleted(label),
    focusItemId: item.id,
    undo: () => api.call('items.restore', { meetingId: meeting.id, item: latest, index }),
    redo: () => api.call('items.remove', { meetingId: meeting.id, itemId: item.id }),
  });
  const neighbour = next.items[Math.min(index, next.items.length - 1)];
  showItem(meeting.id, neighbour?.id, { replace: true });
  // The toast's Fortryd button is the natural next stop for a keyboard user.
  requestAnimationFrame(() => document.querySelector<HTMLButtonElement>('.undo-toast .undo-button')?.focus());
}

/** Udsæt: the item goes on to another meeting of the committee, with its own pending edits. */
export async function postponeItem({ meeting, state }: Agenda, item: AgendaItem, toMeetingId: string): Promise<void> {
  await Promise.all(item.sections.map((s) => saveTracker.flush(saveKeys.section(item.id, s.id))));
  state.apply(await api.call('items.postpone', { meetingId: meeting.id, itemId: item.id, toMeetingId }));
}

/**
 * Undoes (or redoes) the newest structural change of this meeting and selects
 * the item it concerned. Returns false when there was nothing to undo.
 */
export async function undoAgendaChange(meetingId: string, state: MeetingState, direction: 'undo' | 'redo'): Promise<boolean> {
  const entry = direction === 'undo' ? undoStack.pop(meetingId) : undoStack.popRedo(meetingId);
  if (!entry) return false;
  const updated = await saveTracker.run(saveKeys.agendaOrder(meetingId), () => (direction === 'undo' ? entry.undo() : entry.redo()));
  state.apply(updated);
  if (entry.focusItemId && updated.items.some((i) => i.id === entry.focusItemId)) showItem(meetingId, entry.focusItemId, { replace: true });
  return true;
}


import type { ApiHandlers, ItemPatch } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { newId } from '../../../shared/domain/ids.ts';
import type { AgendaItem, Meeting } from '../../../shared/domain/meeting.ts';
import { newAgendaItem } from '../../../shared/domain/newAgendaItem.ts';
import { da } from '../../../shared/i18n/da.ts';
import { sectionFromTemplate } from './sectionFromTemplate.ts';
import type { ServiceContext } from './serviceContext.ts';

import { MAX_ITEMS_PER_MEETING } from './maxItemsPerMeeting.ts';

export { MAX_ITEMS_PER_MEETING };

type ItemChannels = 'items.add' | 'items.update' | 'items.setSection' | 'items.move' | 'items.remove' | 'items.restore' | 'items.duplicate' | 'items.postpone';

/** Items that close every agenda (Eventuelt, Underskriftsside) stay last: new items go in before them. */
function insertIndex(meeting: Meeting, closingTitles: Set<string>): number {
  let index = meeting.items.length;
  while (index > 0 && closingTitles.has(meeting.items[index - 1]!.title)) index -= 1;
  return index;
}

function findItem(meeting: Meeting, itemId: string): AgendaItem {
  const item = meeting.items.find((i) => i.id === itemId);
  if (!item) throw new ReferentError('ikke_fundet', da.errors.itemNotFound);
  return item;
}

/** A copy with fresh ids throughout, so the two never share an edit. */
function copyOf(item: AgendaItem): AgendaItem {
  return {
    ...structuredClone(item),
    id: newId(),
    sections: item.sections.map((s) => ({ ...structuredClone(s), id: newId() })),
    attachments: item.attachments.map((a) => ({ ...structuredClone(a), id: newId() })),
    postponedTo: null,
    postponedFrom: null,
  };
}

export function createItemHandlers(ctx: ServiceContext): Pick<ApiHandlers, ItemChannels> {
  const { store, committeeOrThrow, mutateMeeting, changeMeeting, mutateItem } = ctx;

  const closingTitles = (meeting: Meeting) =>
    new Set(committeeOrThrow(meeting.committeeId).template.standardItems.filter((s) => s.placement === 'sidst').map((s) => s.title));

  const assertRoom = (meeting: Meeting) => {
    if (meeting.items.length >= MAX_ITEMS_PER_MEETING) throw new ReferentError('konflikt', da.errors.tooManyItems(MAX_ITEMS_PER_MEETING));
  };

  return {
    'items.add'(req) {
      return mutateMeeting(req.meetingId, (draft) => {
        assertRoom(draft);
        const committee = committeeOrThrow(draft.committeeId);
        const item = newAgendaItem({
          id: newId(),
          title: req.title,
          caseNumber: req.caseNumber,
          kind: req.kind,
          subItem: req.subItem,
          sections: committee.template.sections.map(sectionFromTemplate),
        });
        const after = req.afterItemId ? draft.items.findIndex((i) => i.id === req.afterItemId) : -1;
        if (req.afterItemId && after === -1) throw new ReferentError('ikke_fundet', da.errors.itemNotFound);
        draft.items.splice(after >= 0 ? after + 1 : insertIndex(draft, closingTitles(draft)), 0, item);
      });
    },

    'items.update'(req) {
      return mutateItem(req.meetingId, req.itemId, (item) => applyItemPatch(item, req.patch));
    },

    'items.setSection'(req) {
      return mutateItem(req.meetingId, req.itemId, (item) => {
        const section = item.sections.find((s) => s.id === req.sectionId);
        if (!section) throw new ReferentError('ikke_fundet', da.errors.sectionNotFound);
        section.body = req.body;
      });
    },

    'items.move'(req) {
      return mutateMeeting(req.meetingId, (draft) => {
        const from = draft.items.findIndex((i) => i.id === req.itemId);
        if (from === -1) throw new ReferentError('ikke_fundet', da.errors.itemNotFound);
        const [item] = draft.items.splice(from, 1);
        draft.items.splice(Math.min(req.toIndex, draft.items.length), 0, item as AgendaItem);
      });
    },

    'items.remove'(req) {
      return mutateMeeting(req.meetingId, (draft) => {
        findItem(draft, req.itemId);
        draft.items = draft.items.filter((i) => i.id !== req.itemId);
      });
    },

    'items.restore'(req) {
      return mutateMeeting(req.meetingId, (draft) => {
        if (draft.items.some((i) => i.id === req.item.id)) throw new ReferentError('konflikt', da.errors.itemExists);
        assertRoom(draft);
        draft.items.splice(Math.min(req.index, draft.items.length), 0, req.item);
      });
    },

    'items.duplicate'(req) {
      return mutateMeeting(req.meetingId, (draft) => {
        assertRoom(draft);
        const index = draft.items.findIndex((i) => i.id === req.itemId);
        if (index === -1) throw new ReferentError('ikke_fundet', da.errors.itemNotFound);
        const copy = copyOf(draft.items[index]!);
        copy.title = da.errors.copyTitle(copy.title);
        draft.items.splice(index + 1, 0, copy);
      });
    },

    'items.postpone'(req) {
      return store.transaction((tx) => {
        const source = tx.meeting(req.meetingId);
        const target = tx.meeting(req.toMeetingId);
        if (!source || !target) throw new ReferentError('ikke_fundet', da.errors.meetingNotFound);
        const item = findItem(source, req.itemId);
        if (target.id === source.id || target.committeeId !== source.committeeId) throw new ReferentError('ugyldig_forespoergsel', da.errors.postponeTarget);
        if (item.postponedTo) throw new ReferentError('konflikt', da.errors.alreadyPostponed);
        // The copy is written first: a crash between the two writes leaves the item in both meetings, never in neither.
        changeMeeting(tx, target.id, (draft) => {
          assertRoom(draft);
          const moved = copyOf(item);
          moved.postponedFrom = { meetingId: source.id, date: source.date };
          draft.items.splice(insertIndex(draft, closingTitles(draft)), 0, moved);
        });
        return changeMeeting(tx, source.id, (draft) => {
          findItem(draft, item.id).postponedTo = { meetingId: target.id, date: target.date };
        });
      });
    },
  };
}

function applyItemPatch(item: AgendaItem, patch: ItemPatch): void {
  if (patch.title !== undefined) item.title = patch.title;
  if (patch.caseNumber !== undefined) item.caseNumber = patch.caseNumber;
  if (patch.closed !== undefined) item.closed = patch.closed;
  if (patch.publicTitle !== undefined) item.publicTitle = patch.publicTitle;
  if (patch.kind !== undefined) item.kind = patch.kind;
  if (patch.subItem !== undefined) item.subItem = patch.subItem;
  if (patch.absences !== undefined) item.absences = patch.absences;
  if (patch.remarks !== undefined) item.remarks = patch.remarks;
  if (patch.caseFlow !== undefined) item.caseFlow = patch.caseFlow;
  if (patch.vote !== undefined) item.vote = patch.vote;
  if (patch.closedReason !== undefined) item.closedReason = patch.closedReason;
  if (patch.attachments !== undefined) {
    // Metadata only: an attachment keeps its stored file by id; new names arrive without one.
    const byId = new Map(item.attachments.map((a) => [a.id, a]));
    item.attachments = patch.attachments.map((a) => {
      const existing = a.id ? byId.get(a.id) : undefined;
      return { id: existing?.id ?? newId(), name: a.name, closed: a.closed ?? false, file: existing?.file ?? null };
    });
  }
}

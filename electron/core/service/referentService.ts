import type { ApiHandlers, ItemPatch, MemberInput } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { committeeSchema, defaultTemplate, type Committee, type Member, type SectionTemplate } from '../../../shared/domain/committee.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { meetingSchema, type AgendaItem, type Meeting, type Section } from '../../../shared/domain/meeting.ts';
import { docFromParagraphs, emptyDoc } from '../../../shared/text/richText.ts';
import { da } from '../../../shared/i18n/da.ts';
import type { Store } from '../store/store.ts';
import { WriteQueue } from '../store/writeQueue.ts';

export type ServiceOptions = { now?: () => Date };

/**
 * The application's behaviour, shared by Electron's main process, the browser
 * host and the CLI. Every mutation runs through one WriteQueue and is validated
 * against the domain schema before it reaches the store.
 */
export function createReferentService(store: Store, options: ServiceOptions = {}): ApiHandlers & { flush(): Promise<void> } {
  const queue = new WriteQueue();
  const now = () => (options.now ?? (() => new Date()))().toISOString();

  const committeeOrThrow = (id: string): Committee => {
    const c = store.committee(id);
    if (!c) throw new ReferentError('ikke_fundet', da.errors.committeeNotFound);
    return c;
  };
  const meetingOrThrow = (id: string): Meeting => {
    const m = store.meeting(id);
    if (!m) throw new ReferentError('ikke_fundet', da.errors.meetingNotFound);
    return m;
  };

  const mutateMeeting = (meetingId: string, change: (draft: Meeting) => void): Promise<Meeting> =>
    queue.run(async () => {
      const draft = structuredClone(meetingOrThrow(meetingId));
      change(draft);
      draft.updatedAt = now();
      const next = meetingSchema.parse(draft);
      await store.putMeeting(next);
      return next;
    });

  const mutateItem = (meetingId: string, itemId: string, change: (item: AgendaItem, meeting: Meeting) => void) =>
    mutateMeeting(meetingId, (draft) => {
      const item = draft.items.find((i) => i.id === itemId);
      if (!item) throw new ReferentError('ikke_fundet', da.errors.itemNotFound);
      change(item, draft);
    });

  const toMembers = (inputs: MemberInput[], existing: Member[]): Member[] =>
    inputs.map((m) => ({
      id: m.id && existing.some((e) => e.id === m.id) ? m.id : newId(),
      name: m.name.trim(),
      label: (m.label ?? '').trim(),
      role: m.role ?? 'medlem',
    }));

  return {
    async 'committees.list'() {
      return store.committees();
    },

    'committees.create'(req) {
      return queue.run(async () => {
        const committee = committeeSchema.parse({
          id: newId(),
          name: req.name,
          members: toMembers(req.members, []),
          template: defaultTemplate(),
          createdAt: now(),
        });
        await store.putCommittee(committee);
        return committee;
      });
    },

    'committees.update'(req) {
      return queue.run(async () => {
        const current = committeeOrThrow(req.committeeId);
        const next = committeeSchema.parse({
          ...current,
          name: req.name ?? current.name,
          members: req.members ? toMembers(req.members, current.members) : current.members,
          template: req.template ?? current.template,
        });
        await store.putCommittee(next);
        return next;
      });
    },

    async 'meetings.list'(req) {
      const all = store.meetingSummaries();
      return req.committeeId ? all.filter((m) => m.committeeId === req.committeeId) : all;
    },

    async 'meetings.get'(req) {
      return meetingOrThrow(req.meetingId);
    },

    'meetings.create'(req) {
      return queue.run(async () => {
        const committee = committeeOrThrow(req.committeeId);
        const stamp = now();
        const meeting = meetingSchema.parse({
          id: newId(),
          committeeId: committee.id,
          date: req.date,
          time: req.time ?? committee.template.defaultTime,
          location: req.location ?? committee.template.defaultLocation,
          firstItemNumber: 1,
          participants: committee.members.map((m) => ({ memberId: m.id, attendance: 'til_stede' })),
          items: [],
          approvals: [],
          status: 'kladde',
          createdAt: stamp,
          updatedAt: stamp,
        });
        await store.putMeeting(meeting);
        return meeting;
      });
    },

    'meetings.update'(req) {
      return mutateMeeting(req.meetingId, (draft) => {
        if (req.date !== undefined) draft.date = req.date;
        if (req.time !== undefined) draft.time = req.time;
        if (req.location !== undefined) draft.location = req.location;
        if (req.firstItemNumber !== undefined) draft.firstItemNumber = req.firstItemNumber;
        if (req.participants !== undefined) {
          const committee = committeeOrThrow(draft.committeeId);
          for (const p of req.participants) {
            if (!committee.members.some((m) => m.id === p.memberId)) throw new ReferentError('ugyldig_forespoergsel', da.errors.memberNotFound);
          }
          draft.participants = req.participants;
          // Only members still present can hold an approval.
          draft.approvals = draft.approvals.filter((a) => req.participants?.some((p) => p.memberId === a.memberId && p.attendance === 'til_stede'));
        }
      });
    },

    'items.add'(req) {
      return mutateMeeting(req.meetingId, (draft) => {
        const committee = committeeOrThrow(draft.committeeId);
        draft.items.push({
          id: newId(),
          title: req.title,
          caseNumber: req.caseNumber,
          closed: false,
          sections: committee.template.sections.map(sectionFromTemplate),
          attachments: [],
        });
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
        const before = draft.items.length;
        draft.items = draft.items.filter((i) => i.id !== req.itemId);
        if (draft.items.length === before) throw new ReferentError('ikke_fundet', da.errors.itemNotFound);
      });
    },

    'approvals.approve'(req) {
      return mutateMeeting(req.meetingId, (draft) => {
        const participant = draft.participants.find((p) => p.memberId === req.memberId);
        if (!participant) throw new ReferentError('ikke_fundet', da.errors.memberNotFound);
        if (participant.attendance !== 'til_stede') throw new ReferentError('konflikt', da.errors.memberNotPresent);
        if (draft.approvals.some((a) => a.memberId === req.memberId)) return;
        draft.approvals.push({ memberId: req.memberId, approvedAt: now() });
        const present = draft.participants.filter((p) => p.attendance === 'til_stede');
        if (present.every((p) => draft.approvals.some((a) => a.memberId === p.memberId))) draft.status = 'godkendt';
      });
    },

    async 'export.docx'(req) {
      const meeting = meetingOrThrow(req.meetingId);
      const committee = committeeOrThrow(meeting.committeeId);
      // Loaded on first export: the docx library stays off the start-up path.
      const { buildReferatDocx, referatFileName } = await import('../export/buildReferatDocx.ts');
      const bytes = await buildReferatDocx({ committee, meeting });
      return {
        fileName: referatFileName(committee, meeting),
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        base64: Buffer.from(bytes).toString('base64'),
      };
    },

    flush: () => queue.idle(),
  };
}

function sectionFromTemplate(t: SectionTemplate): Section {
  return {
    id: newId(),
    title: t.title,
    kind: t.kind,
    body: t.defaultText ? docFromParagraphs(...t.defaultText.split('\n')) : emptyDoc(),
  };
}

function applyItemPatch(item: AgendaItem, patch: ItemPatch): void {
  if (patch.title !== undefined) item.title = patch.title;
  if (patch.caseNumber !== undefined) item.caseNumber = patch.caseNumber;
  if (patch.closed !== undefined) item.closed = patch.closed;
  if (patch.attachments !== undefined) item.attachments = patch.attachments;
}

import type { ApiHandlers, ItemPatch, MemberInput } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { committeeSchema, defaultTemplate, type Member, type SectionTemplate } from '../../../shared/domain/committee.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { meetingSchema, type AgendaItem, type Section } from '../../../shared/domain/meeting.ts';
import { docFromParagraphs, emptyDoc } from '../../../shared/text/richText.ts';
import { da } from '../../../shared/i18n/da.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
import { protocolFingerprint } from '../approval/fingerprint.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from '../audit/auditLog.ts';
import { createServiceContext } from './serviceContext.ts';
import { createApprovalHandlers } from './approvalHandlers.ts';
import { createStoreHandlers } from './storeHandlers.ts';

/** Real agendas have tens of items; a cap keeps a runaway import or script from producing an unprintable protocol. */
export const MAX_ITEMS_PER_MEETING = 500;

export type ServiceOptions = { now?: () => Date };

export type ReferentService = ApiHandlers & { flush(): Promise<void> };

/**
 * The application's behaviour, shared by Electron's main process, the browser
 * host and the CLI. Every mutation runs through the context's one WriteQueue and
 * is validated against the domain schema before it reaches the store.
 */
export function createReferentService(store: Store, audit: AuditLog, options: ServiceOptions = {}): ReferentService {
  const ctx = createServiceContext(store, audit, options.now ?? (() => new Date()));
  const { queue, committeeOrThrow, meetingOrThrow, mutateMeeting, mutateItem } = ctx;
  const now = ctx.now;

  // A registered key belongs to the member, not to the form that edits names: saving the committee must keep it.
  const toMembers = (inputs: MemberInput[], existing: Member[]): Member[] =>
    inputs.map((m) => {
      const kept = m.id ? existing.find((e) => e.id === m.id) : undefined;
      return {
        id: kept ? kept.id : newId(),
        name: m.name.trim(),
        label: (m.label ?? '').trim(),
        role: m.role ?? 'medlem',
        ...(kept?.publicKey ? { publicKey: kept.publicKey } : {}),
      };
    });

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
        }
      });
    },

    'items.add'(req) {
      return mutateMeeting(req.meetingId, (draft) => {
        if (draft.items.length >= MAX_ITEMS_PER_MEETING) throw new ReferentError('konflikt', da.errors.tooManyItems(MAX_ITEMS_PER_MEETING));
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

    ...createApprovalHandlers(ctx),
    ...createStoreHandlers(ctx),

    async 'export.docx'(req) {
      const meeting = meetingOrThrow(req.meetingId);
      const committee = committeeOrThrow(meeting.committeeId);
      // Loaded on first export: the docx library stays off the start-up path,
      // and the document is built in a worker thread, off the main process.
      const { buildReferatDocxInWorker } = await import('../export/exportInWorker.ts');
      const { referatFileName } = await import('../export/referatFileName.ts');
      const { variant, audience } = req;
      const bytes = await buildReferatDocxInWorker({ committee: effectiveCommittee(committee, meeting), meeting, variant, audience });
      await ctx.audit.append({
        at: now(),
        meetingId: meeting.id,
        action: 'eksporteret',
        actor: 'sekretær',
        details: { fingerprint: protocolFingerprint(committee, meeting), format: 'docx', variant: variant ?? 'referat', audience: audience ?? 'fuld' },
      });
      return {
        fileName: referatFileName(committee, meeting, { variant, audience }),
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

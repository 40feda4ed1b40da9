import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { meetingSchema } from '../../../shared/domain/meeting.ts';
import { canSetStatusByHand } from '../../../shared/domain/statusTransitions.ts';
import { firstNumberForNewMeeting } from '../../../shared/domain/numbering.ts';
import { newAgendaItem } from '../../../shared/domain/newAgendaItem.ts';
import { da } from '../../../shared/i18n/da.ts';
import type { SearchIndex } from '../search/searchIndex.ts';
import { sectionFromTemplate } from './sectionFromTemplate.ts';
import type { ServiceContext } from './serviceContext.ts';

type MeetingChannels = 'meetings.list' | 'meetings.get' | 'meetings.create' | 'meetings.update' | 'meetings.setStatus' | 'search.query';

export function createMeetingHandlers(ctx: ServiceContext, search: SearchIndex): Pick<ApiHandlers, MeetingChannels> {
  const { store, queue, committeeOrThrow, meetingOrThrow, mutateMeeting, now } = ctx;

  return {
    async 'meetings.list'(req) {
      const all = store.meetingSummaries();
      return req.committeeId ? all.filter((m) => m.committeeId === req.committeeId) : all;
    },

    async 'meetings.get'(req) {
      return meetingOrThrow(req.meetingId);
    },

    async 'search.query'(req) {
      return search.query(req.text, req.limit);
    },

    'meetings.create'(req) {
      return queue.run(async () => {
        const committee = committeeOrThrow(req.committeeId);
        const stamp = now();
        const standard = (placement: 'foerst' | 'sidst') =>
          committee.template.standardItems
            .filter((s) => s.placement === placement)
            .map((s) => newAgendaItem({ id: newId(), title: s.title, kind: s.kind, sections: committee.template.sections.map(sectionFromTemplate) }));
        const meeting = meetingSchema.parse({
          id: newId(),
          committeeId: committee.id,
          date: req.date,
          time: req.time ?? committee.template.defaultTime,
          location: req.location ?? committee.template.defaultLocation,
          firstItemNumber: firstNumberForNewMeeting(committee, req.date, store.meetings()),
          participants: committee.members.map((m) => ({ memberId: m.id, attendance: 'til_stede', substitute: null })),
          items: [...standard('foerst'), ...standard('sidst')],
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

    'meetings.setStatus'(req) {
      return mutateMeeting(req.meetingId, (draft) => {
        if (draft.status === req.status) return;
        if (!canSetStatusByHand(draft.status, req.status)) throw new ReferentError('konflikt', da.errors.statusNotAllowed(draft.status, req.status));
        draft.status = req.status;
      });
    },
  };
}

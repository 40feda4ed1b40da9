import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { meetingSchema, type Meeting } from '../../../shared/domain/meeting.ts';
import { canSetStatusByHand } from '../../../shared/domain/statusTransitions.ts';
import { firstNumberForNewMeeting } from '../../../shared/domain/numbering.ts';
import { newAgendaItem } from '../../../shared/domain/newAgendaItem.ts';
import { da } from '../../../shared/i18n/da.ts';
import { meetingOverview } from '../../../shared/domain/navigationMeetings.ts';
import type { SearchIndex } from '../search/searchIndex.ts';
import { sectionFromTemplate } from './sectionFromTemplate.ts';
import type { ServiceContext } from './serviceContext.ts';

type MeetingChannels = 'meetings.list' | 'meetings.overview' | 'meetings.get' | 'meetings.create' | 'meetings.update' | 'meetings.setStatus' | 'search.query';

export function createMeetingHandlers(ctx: ServiceContext, search: SearchIndex): Pick<ApiHandlers, MeetingChannels> {
  const { store, committeeOrThrow, meetingOrThrow, mutateMeeting, now } = ctx;

  /** The committee's latest meeting on or before `date` in the same year, found in the index and read alone: all that numbering needs. */
  const latestEarlier = (committeeId: string, date: string): Meeting[] => {
    let latest: { id: string; key: string } | null = null;
    for (const id of store.meetingIds()) {
      const s = store.summary(id);
      if (!s || s.committeeId !== committeeId || s.date.slice(0, 4) !== date.slice(0, 4) || s.date > date) continue;
      const key = s.date + s.time;
      if (!latest || key > latest.key) latest = { id, key };
    }
    const meeting = latest ? store.meeting(latest.id) : undefined;
    return meeting ? [meeting] : [];
  };

  return {
    async 'meetings.list'(req) {
      const all = store.meetingSummaries();
      return req.committeeId ? all.filter((m) => m.committeeId === req.committeeId) : all;
    },

    async 'meetings.overview'(req) {
      return meetingOverview(store.meetingSummaries(), req.today);
    },

    async 'meetings.get'(req) {
      return meetingOrThrow(req.meetingId);
    },

    async 'search.query'(req) {
      return search.query(req.text, req.limit);
    },

    'meetings.create'(req) {
      return store.transaction((tx) => {
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
          firstItemNumber: firstNumberForNewMeeting(committee, req.date, latestEarlier(committee.id, req.date)),
          participants: committee.members.map((m) => ({ memberId: m.id, attendance: 'til_stede', substitute: null })),
          items: [...standard('foerst'), ...standard('sidst')],
          approvals: [],
          status: 'kladde',
          createdAt: stamp,
          updatedAt: stamp,
        });
        tx.putMeeting(meeting);
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

import type { Committee } from '../../../shared/domain/committee.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { meetingSchema, type Meeting } from '../../../shared/domain/meeting.ts';

/**
 * A historic (imported) referat reopened as an ordinary draft: a new meeting
 * with copies of its items (new ids, same text, bilag and files), not historic,
 * without approvals, in the live committee. Participants who are not members
 * of the committee today are left out; the secretary sets the attendance.
 * The historic original stays as it was.
 */
export function draftCopyOf(meeting: Meeting, committee: Committee, now: string): Meeting {
  const members = new Set(committee.members.map((m) => m.id));
  const copy = structuredClone(meeting);
  return meetingSchema.parse({
    ...copy,
    id: newId(),
    participants: copy.participants.filter((p) => members.has(p.memberId)),
    items: copy.items.map((item) => ({
      ...item,
      id: newId(),
      sections: item.sections.map((s) => ({ ...s, id: newId() })),
      attachments: item.attachments.map((a) => ({ ...a, id: newId() })),
      absences: item.absences.filter((a) => members.has(a.memberId)),
    })),
    approvals: [],
    rejections: [],
    approvalRound: null,
    frozenCommittee: null,
    reopenings: [],
    status: 'kladde',
    historic: null,
    createdAt: now,
    updatedAt: now,
  } satisfies Meeting);
}

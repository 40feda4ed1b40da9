import type { Committee, Member } from '../../../shared/domain/committee.ts';
import type { Meeting, Participant } from '../../../shared/domain/meeting.ts';

export type Attendance = Record<Participant['attendance'], Member[]>;

/**
 * Participants grouped by attendance, in the committee's member order (the
 * order the protocol prints them in, chair first as the body lists them).
 * Participants whose member has since left the committee have no name to print
 * and are left out.
 */
export function attendanceOf(committee: Committee, meeting: Meeting): Attendance {
  const byMember = new Map(meeting.participants.map((p) => [p.memberId, p.attendance] as const));
  const result: Attendance = { til_stede: [], afbud: [], fravaerende: [] };
  for (const member of committee.members) {
    const attendance = byMember.get(member.id);
    if (attendance) result[attendance].push(member);
  }
  return result;
}

import { memberDisplayName, type Committee, type Member } from '../../../shared/domain/committee.ts';
import type { Meeting, Participant } from '../../../shared/domain/meeting.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

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

export type SubstituteFor = { substitute: NonNullable<Participant['substitute']>; member: Member };

/**
 * Stedfortrædere, in the committee order of the members they stand in for.
 * Only an absent member can have one; a substitute left on a member marked
 * present is a leftover of an earlier edit and is not printed.
 */
export function substitutesOf(committee: Committee, meeting: Meeting): SubstituteFor[] {
  const byMember = new Map(meeting.participants.map((p) => [p.memberId, p] as const));
  return committee.members.flatMap((member) => {
    const participant = byMember.get(member.id);
    return participant?.substitute && participant.attendance !== 'til_stede' ? [{ substitute: participant.substitute, member }] : [];
  });
}

/** `Karen Jensen (O) (stedfortræder for Svend Brandt)`: the member stood in for by name only, as the Afbud line already gives the label. */
export function substituteText({ substitute, member }: SubstituteFor): string {
  return documentText.substitute(memberDisplayName(substitute), member.name);
}

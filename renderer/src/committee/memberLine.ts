import { memberDisplayName, type Committee, type Member } from '../../../shared/domain/committee.ts';

export function memberById(committee: Committee | undefined, memberId: string): Member | undefined {
  return committee?.members.find((m) => m.id === memberId);
}

/** A participant whose member was removed from the committee still deserves a visible line. */
export function participantName(committee: Committee | undefined, memberId: string): string {
  const member = memberById(committee, memberId);
  return member ? memberDisplayName(member) : memberId;
}

import type { Committee, Member } from '../../../shared/domain/committee.ts';

/**
 * Members by id, for notes that name a member (absences, protokolbemærkninger).
 * The committee passed to the export is the one frozen with the protocol, so a
 * member who has since left the committee is still found here.
 */
export function membersById(committee: Committee): Map<string, Member> {
  return new Map(committee.members.map((m) => [m.id, m]));
}

import { api } from '../api/apiClient.ts';
import type { MemberInput } from '../../../shared/api/contract.ts';
import type { Committee, CommitteeTemplate } from '../../../shared/domain/committee.ts';
import { navigate } from '../shell/route.ts';

/**
 * Committees: creating one, saving its name, members and template, and
 * registering a member's public key. Each saved committee goes straight into
 * the navigation's list (`putCommittee`).
 */
type PutCommittee = (committee: Committee) => void;

/** Creates the committee from a ready template (or the blank one) and opens its page. */
export async function createCommittee(input: { name: string; members: MemberInput[]; templateId?: string }, putCommittee: PutCommittee): Promise<void> {
  const committee = await api.call('committees.create', { name: input.name, members: input.members, ...(input.templateId ? { templateId: input.templateId } : {}) });
  putCommittee(committee);
  navigate({ kind: 'committee', committeeId: committee.id });
}

/** Saves name, members and template together; returns the committee as stored. */
export async function updateCommittee(
  committeeId: string,
  changes: { name: string; members: MemberInput[]; template: CommitteeTemplate },
  putCommittee: PutCommittee,
): Promise<Committee> {
  const saved = await api.call('committees.update', { committeeId, ...changes });
  putCommittee(saved);
  return saved;
}

/** Registers the public key from a member's key file; answers signed with any other key are refused. */
export async function importMemberKey(committeeId: string, memberId: string, text: string, putCommittee: PutCommittee, reason?: string): Promise<void> {
  putCommittee(await api.call('members.importKey', { committeeId, memberId, text, ...(reason ? { reason } : {}) }));
}

/** Retires a member's key with a reason (logged and printed); their next approval here makes a new one under a new code. */
export async function retireMemberKey(committeeId: string, memberId: string, reason: string, putCommittee: PutCommittee): Promise<void> {
  putCommittee(await api.call('members.replaceKey', { committeeId, memberId, reason }));
}

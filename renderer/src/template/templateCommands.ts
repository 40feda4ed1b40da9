import { api } from '../api/apiClient.ts';
import type { Committee } from '../../../shared/domain/committee.ts';

/** Replaces a committee's template with a copy of another committee's; returns the committee as stored. */
export async function copyTemplate(fromCommitteeId: string, toCommitteeId: string, putCommittee: (committee: Committee) => void): Promise<Committee> {
  const saved = await api.call('committees.copyTemplate', { fromCommitteeId, toCommitteeId });
  putCommittee(saved);
  return saved;
}

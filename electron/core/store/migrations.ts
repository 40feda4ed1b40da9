import { SCHEMA_VERSION } from '../../../shared/domain/storeSchema.ts';
import { committeeSchema } from '../../../shared/domain/committee.ts';
import { meetingSchema } from '../../../shared/domain/meeting.ts';
import { printedContent } from '../../../shared/domain/printedContent.ts';
import { sha256Canonical } from '../approval/fingerprint.ts';

/** A stored data directory in raw form, before validation against the current schema. */
export type RawStore = {
  root: Record<string, unknown>;
  meetings: Record<string, unknown>[];
};

type RawMeetingFile = { schemaVersion?: number; meeting: Record<string, unknown> };

/**
 * v1 → v2: approvals become bound to the protocol they approve. A v1 approval
 * had no fingerprint, so it is bound to the protocol as stored at migration
 * time, and a meeting with approvals gets the approval round it implied.
 */
function v1ToV2(store: RawStore): RawStore {
  const committees = Array.isArray(store.root.committees) ? store.root.committees : [];
  const meetings = store.meetings.map((file) => {
    const { meeting } = file as RawMeetingFile;
    const approvals = Array.isArray(meeting.approvals) ? (meeting.approvals as { memberId: string; approvedAt: string }[]) : [];
    const next: Record<string, unknown> = { ...meeting, rejections: [], approvalRound: null, frozenCommittee: null, reopenings: [] };
    const rawCommittee = committees.find((c) => (c as { id?: unknown }).id === meeting.committeeId);
    const committee = committeeSchema.safeParse(rawCommittee);
    const parsed = meetingSchema.safeParse({ ...next, approvals: [] });
    if (approvals.length > 0 && committee.success && parsed.success) {
      const frozen = committee.data;
      const content = printedContent(frozen, { ...parsed.data, frozenCommittee: frozen });
      const fingerprint = sha256Canonical(content);
      const sentAt = approvals.map((a) => a.approvedAt).sort()[0]!;
      next.approvals = approvals.map((a) => ({ memberId: a.memberId, approvedAt: a.approvedAt, fingerprint, method: 'lokal' }));
      next.approvalRound = { sentAt, fingerprint, content };
      next.frozenCommittee = frozen;
      if (next.status !== 'godkendt') next.status = 'til_godkendelse';
    }
    return { ...file, schemaVersion: 2, meeting: next };
  });
  return { root: { ...store.root, schemaVersion: 2 }, meetings };
}

/**
 * `migrations[n]` turns a version-n store into a version-(n+1) store. One entry
 * per schema version, each with a fixture test (tests/unit/store/migrations.test.ts).
 */
export const migrations: Record<number, (store: RawStore) => RawStore> = {
  1: v1ToV2,
};

export function migrate(store: RawStore, fromVersion: number): RawStore {
  let current = store;
  for (let v = fromVersion; v < SCHEMA_VERSION; v += 1) {
    const step = migrations[v];
    if (!step) throw new Error(`Mangler migrering fra skemaversion ${v}`);
    current = step(current);
  }
  return current;
}

import { SCHEMA_VERSION } from '../../../shared/domain/storeSchema.ts';
import { sha256Canonical } from '../hash/sha256Canonical.ts';
import { DEFAULT_DECISION_PHRASES } from '../../../shared/domain/committee.ts';

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
  const committees = Array.isArray(store.root.committees) ? (store.root.committees as Record<string, unknown>[]) : [];
  const meetings = store.meetings.map((file) => {
    const { meeting } = file as RawMeetingFile;
    const approvals = Array.isArray(meeting.approvals) ? (meeting.approvals as { memberId: string; approvedAt: string }[]) : [];
    const next: Record<string, unknown> = { ...meeting, rejections: [], approvalRound: null, frozenCommittee: null, reopenings: [] };
    const committee = committees.find((c) => c.id === meeting.committeeId);
    if (approvals.length > 0 && committee) {
      const content = v2PrintedContent(committee, meeting);
      const fingerprint = sha256Canonical(content);
      const sentAt = approvals.map((a) => a.approvedAt).sort()[0]!;
      next.approvals = approvals.map((a) => ({ memberId: a.memberId, approvedAt: a.approvedAt, fingerprint, method: 'lokal' }));
      next.approvalRound = { sentAt, fingerprint, content };
      next.frozenCommittee = committee;
      if (next.status !== 'godkendt') next.status = 'til_godkendelse';
    }
    return { ...file, schemaVersion: 2, meeting: next };
  });
  return { root: { ...store.root, schemaVersion: 2 }, meetings };
}

/**
 * The printed content exactly as schema v2 defined it, read from raw v1 data
 * with v1's defaults. Frozen here on purpose: a migration must give the same
 * result whatever the current schema looks like.
 */
function v2PrintedContent(committee: Record<string, unknown>, meeting: Record<string, unknown>) {
  type R = Record<string, unknown>;
  const arr = (v: unknown) => (Array.isArray(v) ? (v as R[]) : []);
  const template = (committee.template ?? {}) as R;
  const members = new Map(arr(committee.members).map((m) => [m.id, m]));
  return {
    committee: { name: committee.name, decisionHeading: template.decisionHeading ?? 'kort' },
    meeting: { date: meeting.date, time: meeting.time, location: meeting.location ?? '', firstItemNumber: meeting.firstItemNumber ?? 1 },
    participants: arr(meeting.participants).map((p) => {
      const m = members.get(p.memberId);
      return { name: m?.name ?? '', label: m?.label ?? '', role: m?.role ?? 'medlem', attendance: p.attendance ?? 'til_stede' };
    }),
    items: arr(meeting.items).map((item) => ({
      title: item.title,
      caseNumber: item.caseNumber ?? '',
      closed: item.closed ?? false,
      sections: arr(item.sections).map((s) => ({ title: s.title, kind: s.kind, body: s.body })),
      attachments: Array.isArray(item.attachments) ? item.attachments : [],
    })),
  };
}

type Raw = Record<string, unknown>;

function v3Template(template: Raw): Raw {
  const sections = Array.isArray(template.sections) ? (template.sections as Raw[]) : [];
  return {
    ...template,
    sections: sections.map((s) => ({ required: false, ...s })),
    numbering: { mode: 'perMoede', startNumber: 1 },
    standardItems: [],
    decisionPhrases: [...DEFAULT_DECISION_PHRASES],
  };
}

function v3Committee(committee: Raw): Raw {
  return { ...committee, template: v3Template((committee.template ?? {}) as Raw) };
}

/**
 * v2 → v3: the editor's fields for real protocols. Bilag become objects (name,
 * closed, file); items gain kind, public title, sub-item, absences, remarks,
 * case flow and postponement; participants a substitute; templates numbering,
 * standard items and decision phrases. Everything new is at its default, which
 * prints nothing, so every fingerprint and approval stays valid.
 */
function v2ToV3(store: RawStore): RawStore {
  const committees = Array.isArray(store.root.committees) ? (store.root.committees as Raw[]) : [];
  const meetings = store.meetings.map((file) => {
    const meeting = (file as RawMeetingFile).meeting;
    const items = Array.isArray(meeting.items) ? (meeting.items as Raw[]) : [];
    const participants = Array.isArray(meeting.participants) ? (meeting.participants as Raw[]) : [];
    return {
      ...file,
      schemaVersion: 3,
      meeting: {
        ...meeting,
        participants: participants.map((p) => ({ ...p, substitute: null })),
        items: items.map((item) => ({
          ...item,
          publicTitle: '',
          kind: 'beslutning',
          subItem: false,
          attachments: (Array.isArray(item.attachments) ? (item.attachments as unknown[]) : []).map((name, k) => ({ id: `${String(item.id)}-b${k + 1}`, name: String(name), closed: false, file: null })),
          absences: [],
          remarks: [],
          caseFlow: null,
          postponedTo: null,
          postponedFrom: null,
        })),
        frozenCommittee: meeting.frozenCommittee ? v3Committee(meeting.frozenCommittee as Raw) : null,
      },
    };
  });
  return { root: { ...store.root, schemaVersion: 3, committees: committees.map(v3Committee) }, meetings };
}

/**
 * v3 → v4: audit heads, imported meetings, votes and closed-item reasons.
 * - The root file and every meeting file record the audit log's head (seq and
 *   hash) as they last saw it, so a log cut short or rewritten no longer
 *   matches them. Files migrated from v3 have seen nothing yet: null. The store
 *   records the meetings that exist in the log right after migrating (the
 *   `moeder_registreret` entry), so a meeting file deleted later is missed.
 * - Every meeting gets `imported` and `historic`, both null: no stored meeting
 *   was imported, so none is historic.
 * - Items gain a vote and a reason for being closed, both empty.
 * None of these print anything when empty, so every fingerprint and approval
 * stays valid. A Sagsgang row becomes any name the body's template gives it:
 * the four fixed rows stored so far are names already, so the case flows stay
 * as they are. The template's new settings (its own Sagsgang rows, where the
 * Sagsgang stands, item numbers in the TOC) are optional and mean the old
 * behaviour when absent, so templates are left as they are.
 */
function v3ToV4(store: RawStore): RawStore {
  const meetings = store.meetings.map((file) => {
    const meeting = (file as RawMeetingFile).meeting;
    const items = Array.isArray(meeting.items) ? (meeting.items as Raw[]) : [];
    return {
      ...file,
      schemaVersion: 4,
      auditHead: null,
      meeting: { ...meeting, imported: null, historic: null, items: items.map((item) => ({ ...item, vote: null, closedReason: null })) },
    };
  });
  return { root: { ...store.root, schemaVersion: 4, auditHead: null }, meetings };
}

/**
 * v4 → v5: every approval becomes a signature by a registered key.
 * - Members (and, new, the committee's stedfortrædere) carry a key registry:
 *   the current public key, the keys it replaced, and, for a key made on the
 *   secretary's machine, its private half sealed under the signer's personal
 *   code. A v4 member's `publicKey` is already its registered key.
 * - Approvals and rejections gain the signing key's id, the audit head at
 *   signing and, for a stedfortræder, whose seat. Nothing is made up for the
 *   old ones: a v4 `lokal` approval had no signature, so it stays as it was
 *   and never verifies as signed (`check`, the banner and the export say so);
 *   a v4 `fjern` approval keeps its signature, which still verifies against the
 *   member's registered key in the v4 form it was made in.
 * - The committee frozen with a protocol carries no key material.
 * Only the version changes in the files; nothing printed changes, so every
 * fingerprint stays as it was.
 */
function v4ToV5(store: RawStore): RawStore {
  const meetings = store.meetings.map((file) => ({ ...file, schemaVersion: 5 }));
  return { root: { ...store.root, schemaVersion: 5 }, meetings };
}

/**
 * `migrations[n]` turns a version-n store into a version-(n+1) store. One entry
 * per schema version, each with a fixture test (tests/unit/store/migrations.test.ts).
 * Each step treats every meeting on its own, with the root of the same version,
 * so a large store migrates one batch of meetings at a time.
 */
export const migrations: Record<number, (store: RawStore) => RawStore> = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
  4: v4ToV5,
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

/**
 * The root file at every version from `fromVersion` up to the current one: the
 * context each step needs when meetings are migrated one at a time.
 */
export function rootsByVersion(root: Record<string, unknown>, fromVersion: number): Map<number, Record<string, unknown>> {
  const roots = new Map<number, Record<string, unknown>>([[fromVersion, root]]);
  let current: RawStore = { root, meetings: [] };
  for (let v = fromVersion; v < SCHEMA_VERSION; v += 1) {
    const step = migrations[v];
    if (!step) throw new Error(`Mangler migrering fra skemaversion ${v}`);
    current = step(current);
    roots.set(v + 1, current.root);
  }
  return roots;
}

/**
 * One meeting file from its own version to the current one. A file's own
 * version counts, not the root's: after a migration interrupted half-way, the
 * files already migrated are not migrated twice.
 */
export function migrateMeetingFile(file: Record<string, unknown>, roots: Map<number, Record<string, unknown>>, storeVersion: number): Record<string, unknown> {
  const own = typeof file.schemaVersion === 'number' && file.schemaVersion >= storeVersion && file.schemaVersion <= SCHEMA_VERSION ? file.schemaVersion : storeVersion;
  let current = file;
  for (let v = own; v < SCHEMA_VERSION; v += 1) {
    const step = migrations[v];
    if (!step) throw new Error(`Mangler migrering fra skemaversion ${v}`);
    current = step({ root: roots.get(v) ?? roots.get(storeVersion)!, meetings: [current] }).meetings[0]!;
  }
  return current;
}

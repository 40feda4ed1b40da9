import { isDeepStrictEqual } from 'node:util';
import type { Committee, Member, MemberRole } from '../../shared/domain/committee.ts';
import type { AgendaItem, Meeting, Section } from '../../shared/domain/meeting.ts';
import { SCHEMA_VERSION, meetingFileSchema, rootFileSchema, type MeetingFile, type RootFile } from '../../shared/domain/storeSchema.ts';
import { emptyDoc } from '../../shared/text/richText.ts';
import { albertslundChefforum } from './albertslundChefforum.ts';
import { haderslevObu } from './haderslevObu.ts';
import { kalundborgDirektionen } from './kalundborgDirektionen.ts';
import type { SeedItem, SeedProtocol } from './seedProtocol.ts';
import { slugify } from './slugify.ts';
import { printedContent } from '../../shared/domain/printedContent.ts';
import { sha256Canonical } from '../../electron/core/hash/sha256Canonical.ts';
import { keyIdOf, keyPairFromSeed, sealDeterministic, signWith } from '../../electron/core/approval/keyVault.ts';
import { signedApprovalPayload } from '../../electron/core/approval/signedPayload.ts';
import { committeeWithoutKeys } from '../../shared/domain/signers.ts';
import { createHash } from 'node:crypto';

/** The personal code of every sample member's key (README: »Eksempeldata«). */
export const SEED_PERSONAL_CODE = 'eksempel';

/** A sample member's key: derived from the member's id, so the seeds are the same bytes on every run. */
function seedKey(memberId: string) {
  const derive = (what: string, n: number) => createHash('sha256').update(`referent-seed:${what}:${memberId}`).digest().subarray(0, n);
  const { privateDer, publicKey } = keyPairFromSeed(derive('key', 32));
  return { privateDer, publicKey, vault: sealDeterministic(privateDer, publicKey, SEED_PERSONAL_CODE, derive('salt', 16), derive('iv', 12)) };
}

/** The three real protocols, in the order their committees are listed. */
export const SEED_PROTOCOLS: SeedProtocol[] = [haderslevObu, albertslundChefforum, kalundborgDirektionen];

export type Seeds = { root: RootFile; meetings: MeetingFile[] };

/**
 * The seed data, validated by the store's own schemas. What is returned is the
 * schemas' parse output (the key order the store writes), and it must equal the
 * input exactly: nothing defaulted, nothing dropped.
 */
export function buildSeeds(protocols: SeedProtocol[] = SEED_PROTOCOLS): Seeds {
  const root = validated(rootFileSchema, { schemaVersion: SCHEMA_VERSION, committees: protocols.map(buildCommittee), auditHead: null }, 'referent.json');
  const meetings = protocols.map((p, i) =>
    validated(meetingFileSchema, { schemaVersion: SCHEMA_VERSION, meeting: buildMeeting(p, root.committees[i]!), auditHead: null }, p.meeting.id),
  );
  return { root, meetings };
}

function buildCommittee(protocol: SeedProtocol): Committee {
  const c = protocol.committee;
  const members: Member[] = c.members.map((m, index) => {
    const id = `${c.id}-${slugify(m.name)}`;
    // A member who approved the seed protocol has a key kept here under the sample code, as one made by approving in the app.
    const key = protocol.meeting.approvals.some(([name]) => name === m.name) ? seedKey(id) : null;
    return {
      id,
      name: m.name,
      label: m.label ?? '',
      role: roleAt(index, c.hasViceChair),
      ...(key ? { publicKey: key.publicKey, keyRegisteredAt: protocol.meeting.approvals.find(([name]) => name === m.name)![1], keyVault: key.vault } : {}),
    };
  });
  return { id: c.id, name: c.name, members, template: c.template, createdAt: c.createdAt };
}

function roleAt(index: number, hasViceChair: boolean): MemberRole {
  if (index === 0) return 'formand';
  if (index === 1 && hasViceChair) return 'naestformand';
  return 'medlem';
}

function buildMeeting(protocol: SeedProtocol, committee: Committee): Meeting {
  const m = protocol.meeting;
  const memberId = (name: string): string => {
    const member = committee.members.find((x) => x.name === name);
    if (!member) throw new Error(`${m.id}: ukendt medlem ${name}`);
    return member.id;
  };
  const meeting: Meeting = {
    id: m.id,
    committeeId: committee.id,
    date: m.date,
    time: m.time,
    location: m.location,
    firstItemNumber: m.firstItemNumber,
    participants: committee.members.map((member) => ({ memberId: member.id, attendance: 'til_stede', substitute: null })),
    items: protocol.items.map((item, index) => buildItem(item, `${m.id}-p${m.firstItemNumber + index}`, committee)),
    approvals: [],
    rejections: [],
    approvalRound: null,
    frozenCommittee: null,
    reopenings: [],
    status: m.status,
    imported: null,
    historic: null,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
  if (m.approvals.length === 0) return meeting;
  // An approved seed is sent for approval with the committee frozen, then approved by each member, exactly as the app does it.
  const frozen = { ...meeting, frozenCommittee: committeeWithoutKeys(committee) };
  const content = printedContent(committee, frozen);
  const fingerprint = sha256Canonical(content);
  const sentAt = m.approvals.map(([, at]) => at).sort()[0]!;
  return {
    ...frozen,
    approvalRound: { sentAt, fingerprint, content },
    // Each approval signed with the member's own key, as `approvals.approve` signs it; no audit log exists yet.
    approvals: m.approvals.map(([name, approvedAt]) => {
      const id = memberId(name);
      const key = seedKey(id);
      const keyId = keyIdOf(key.publicKey);
      const payload = signedApprovalPayload({ meetingId: m.id, memberId: id, substitute: null, fingerprint, sentAt, decision: 'godkendt', comment: '', at: approvedAt, auditHead: null, keyId });
      return { memberId: id, approvedAt, fingerprint, method: 'lokal' as const, signature: signWith(key.privateDer, payload), keyId, auditHead: null };
    }),
  };
}

function buildItem(item: SeedItem, id: string, committee: Committee): AgendaItem {
  if (item.closed && item.sections) throw new Error(`${id}: et lukket punkt har ingen tekst i den offentlige udgave`);
  const sources: [string, Section['body']][] = item.sections ?? committee.template.sections.map((s) => [s.title, emptyDoc()]);
  const sections: Section[] = sources.map(([title, body], k) => ({
    id: `${id}-s${k + 1}`,
    title,
    kind: title === 'Beslutning' ? 'beslutning' : 'tekst',
    body,
  }));
  if (sections.filter((s) => s.kind === 'beslutning').length > 1) throw new Error(`${id}: mere end én beslutning`);
  return {
    id,
    title: item.title,
    caseNumber: item.caseNumber ?? '',
    closed: item.closed ?? false,
    publicTitle: '',
    kind: 'beslutning',
    subItem: false,
    sections,
    attachments: (item.attachments ?? []).map((name, k) => ({ id: `${id}-b${k + 1}`, name, closed: false, file: null })),
    absences: [],
    remarks: [],
    caseFlow: null,
    postponedTo: null,
    postponedFrom: null,
    vote: null,
    closedReason: null,
  };
}

function validated<T>(schema: { parse(value: unknown): T }, value: T, label: string): T {
  const parsed = schema.parse(value);
  if (!isDeepStrictEqual(parsed, value)) throw new Error(`${label}: skemaet ændrede data (standardværdi eller ukendt felt)`);
  return parsed;
}

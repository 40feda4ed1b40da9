import * as z from 'zod/mini';
import '../schema/zodLocale.ts';
import { da } from '../i18n/da.ts';
import { richDocSchema } from '../text/richText.ts';
import { caseFlowStepNameSchema, committeeSchema, DEFAULT_CASE_FLOW_STEPS, itemKindSchema, MAX_CASE_FLOW_STEPS } from './committee.ts';
import { itemText } from '../i18n/item.da.ts';

export const sectionSchema = z.lazy(() => z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** The `beslutning` section is the item's decision; the template decides where it stands. */
  kind: z.enum(['tekst', 'beslutning']),
  body: richDocSchema,
}));
export type Section = z.infer<typeof sectionSchema>;

/** Where a bilag's file lives, relative to the data directory: found from its hash alone. */
export function attachmentFilePath(sha256: string): string {
  return `bilag/${sha256}`;
}

/**
 * A file copied into the data directory; the hash detects a missing or altered
 * copy. `path` is still written, for versions that read it, but never taken
 * from the data: it is always derived from the hash, so an edited path cannot
 * point outside the data directory.
 */
export const attachmentFileSchema = z.lazy(() => z.pipe(z
  .object({
    path: z.optional(z.string().check(z.maxLength(500))),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    size: z.int().check(z.gte(0)),
    mimeType: z.string().check(z.maxLength(200)),
  }), z.transform(({ sha256, size, mimeType }) => ({ path: attachmentFilePath(sha256), sha256, size, mimeType }))));

export const attachmentSchema = z.lazy(() => z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  /** A closed bilag is left out of the public protocol. */
  closed: z._default(z.boolean(), false),
  file: z._default(z.nullable(attachmentFileSchema), null),
}));
export type Attachment = z.infer<typeof attachmentSchema>;

/** A member who did not take part in one item: inhabil, or left the meeting during it. */
export const itemAbsenceSchema = z.lazy(() => z.object({
  memberId: z.string().check(z.minLength(1)),
  reason: z.enum(['inhabil', 'forlod_moedet', 'deltog_ikke']),
  note: z._default(z.string().check(z.maxLength(1000)), ''),
}));
export type ItemAbsence = z.infer<typeof itemAbsenceSchema>;

/** A protokolbemærkning: a member's own remark to the decision, printed under it. */
export const protocolRemarkSchema = z.lazy(() => z.object({
  memberId: z.string().check(z.minLength(1)),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(5000)),
}));
export type ProtocolRemark = z.infer<typeof protocolRemarkSchema>;

/** The usual Sagsgang rows; since schema v4 a row is any name the body's template gives it. */
export const CASE_FLOW_STEPS = DEFAULT_CASE_FLOW_STEPS;

/**
 * Behandling / Sagsgang: the bodies the case passes through (columns, e.g. BSU,
 * ØU, KB) and, per step, the bodies marked with an X. `asTable` prints the
 * grid; otherwise the bodies print as one line (`Direktionen, Økonomiudvalget, …`).
 */
export const caseFlowSchema = z.lazy(() => z.object({
  bodies: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))).check(z.maxLength(12)),
  steps: z.array(z.object({ step: caseFlowStepNameSchema, bodies: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))).check(z.maxLength(12)) })).check(z.maxLength(MAX_CASE_FLOW_STEPS)),
  asTable: z.boolean(),
}));
export type CaseFlow = z.infer<typeof caseFlowSchema>;

export const VOTE_CHOICES = ['for', 'imod', 'undlod'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** Who cast one kind of vote: member ids or party letters (by the vote's `by`), and how many votes that was. */
export const voteGroupSchema = z.lazy(() => z.object({
  who: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.maxLength(200)), []),
  count: z._default(z.int().check(z.gte(0), z.lte(10000)), 0),
}));
export type VoteGroup = z.infer<typeof voteGroupSchema>;

/**
 * A vote on the item (afstemning): for, imod and undlod, recorded per member
 * (`who` holds member ids, one vote each) or per party (`who` holds party
 * letters, `count` the party's votes). Printed under the decision:
 * `For stemte: A, V (7). Imod stemte: Ø (2). Undlod: C (1).`
 */
export const voteSchema = z.lazy(() => z.object({
  by: z.enum(['medlem', 'parti']),
  for: voteGroupSchema,
  imod: voteGroupSchema,
  undlod: voteGroupSchema,
}));
export type Vote = z.infer<typeof voteSchema>;

/** The usual grounds for closing an item (lukket punkt); `andet` carries its own text. */
export const CLOSED_REASON_GROUNDS = ['personalesag', 'koeb_salg_fast_ejendom', 'tilbud_udbud', 'enkeltpersoners_forhold', 'andet'] as const;
export const closedReasonSchema = z
  .object({
    ground: z.enum(CLOSED_REASON_GROUNDS),
    text: z._default(z.string().check(z.trim(), z.maxLength(500)), ''),
  }).check(z.refine((r) => r.ground !== 'andet' || r.text !== '', { message: itemText.closedReasonOtherRequired, path: ['text'] }));
export type ClosedReason = z.infer<typeof closedReasonSchema>;

/** The longest item title (and public title) the store takes; the screens say so in Danish instead of cutting a longer one. */
export const MAX_ITEM_TITLE = 500;

export const agendaItemSchema = z.lazy(() => z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  caseNumber: z._default(z.string().check(z.trim(), z.maxLength(100)), ''),
  closed: z._default(z.boolean(), false),
  /** Printed instead of the title in the public protocol when the item is closed; `Lukket: <title>` when empty. */
  publicTitle: z._default(z.string().check(z.trim(), z.maxLength(500)), ''),
  kind: z._default(itemKindSchema, 'beslutning'),
  /** A sub-item (`12.a`) belongs to the nearest main item above it. */
  subItem: z._default(z.boolean(), false),
  sections: z.array(sectionSchema),
  attachments: z._default(z.array(attachmentSchema), []),
  absences: z._default(z.array(itemAbsenceSchema), []),
  remarks: z._default(z.array(protocolRemarkSchema), []),
  caseFlow: z._default(z.nullable(caseFlowSchema), null),
  /** Set on an item postponed (udsat) to another meeting: the original stays here, marked, with a copy there. */
  postponedTo: z._default(z.nullable(z.object({ meetingId: z.string().check(z.minLength(1)), date: z.string() })), null),
  postponedFrom: z._default(z.nullable(z.object({ meetingId: z.string().check(z.minLength(1)), date: z.string() })), null),
  /** Schema v4: the vote, when the body voted on the item. */
  vote: z._default(z.nullable(voteSchema), null),
  /** Schema v4: why a closed item is closed; printed in the full version only. */
  closedReason: z._default(z.nullable(closedReasonSchema), null),
}));
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const participantSchema = z.lazy(() => z.object({
  memberId: z.string().check(z.minLength(1)),
  attendance: z._default(z.enum(['til_stede', 'afbud', 'fravaerende']), 'til_stede'),
  /** A stedfortræder meeting in place of an absent member, printed with the participants. */
  substitute: z._default(z.nullable(z.object({ name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)), label: z._default(z.string().check(z.trim(), z.maxLength(200)), '') })), null),
}));
export type Participant = z.infer<typeof participantSchema>;

const fingerprintSchema = z.lazy(() => z.string().check(z.regex(/^[0-9a-f]{64}$/)));

/** The audit log's head as the signer's Referent saw it when signing (schema v5). */
export const signedAuditHeadSchema = z.lazy(() => z.nullable(z.object({ seq: z.int().check(z.gte(1)), hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)) })));

/**
 * What every approval and rejection carries since schema v5: the signer's
 * Ed25519 signature over everything printed about it (see
 * electron/core/approval/signedPayload.ts), the id of the registered key that
 * made it, and the audit head at signing. `substitute` names the stedfortræder
 * who signed for an absent member's seat. An approval without a signature (a
 * `lokal` one from before v5) is kept as it was and never counts as signed.
 */
const signedFields = {
  substitute: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  signature: z.optional(z.string().check(z.maxLength(200))),
  /** SHA-256 of the signing key (SPKI DER), hex: which registered key to check the signature against. */
  keyId: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
  auditHead: z.optional(signedAuditHeadSchema),
};

/**
 * An approval is bound to the exact protocol approved: the fingerprint of its
 * printed content. `lokal`: signed on the secretary's machine with the key kept
 * there under the member's personal code; `fjern`: signed on the member's own
 * machine. `publicKey` is a leftover of schema v4, never used to verify.
 */
export const approvalSchema = z.lazy(() => z.object({
  memberId: z.string().check(z.minLength(1)),
  approvedAt: z.string(),
  fingerprint: fingerprintSchema,
  method: z.enum(['lokal', 'fjern']),
  comment: z.optional(z.string().check(z.maxLength(5000))),
  publicKey: z.optional(z.string()),
  ...signedFields,
}));
export type Approval = z.infer<typeof approvalSchema>;

export const rejectionSchema = z.lazy(() => z.object({
  memberId: z.string().check(z.minLength(1)),
  rejectedAt: z.string(),
  fingerprint: fingerprintSchema,
  comment: z.string().check(z.maxLength(5000)),
  method: z.enum(['lokal', 'fjern']),
  ...signedFields,
}));
export type Rejection = z.infer<typeof rejectionSchema>;

/** What was sent for approval; kept so any later difference can be named item by item. */
export const approvalRoundSchema = z.lazy(() => z.object({
  sentAt: z.string(),
  fingerprint: fingerprintSchema,
  content: z.unknown(),
}));
export type ApprovalRound = z.infer<typeof approvalRoundSchema>;

export const reopeningSchema = z.lazy(() => z.object({
  at: z.string(),
  reason: z.string().check(z.minLength(1), z.maxLength(2000)),
  round: approvalRoundSchema,
  voidedApprovals: z.array(approvalSchema),
}));
export type Reopening = z.infer<typeof reopeningSchema>;

export const meetingStatusSchema = z.enum(['kladde', 'udsendt', 'afholdt', 'til_godkendelse', 'godkendt']);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

/** `YYYY-MM-DD` and `HH:MM`, local wall-clock time of the municipality; no time zone on purpose. */
export const dateSchema = z.lazy(() => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, da.errors.invalidDate)));
export const timeSchema = z.lazy(() => z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, da.errors.invalidTime)));

/** The document a meeting was imported from: kept as a closed bilag of its first item, found again by its hash. */
export const importSourceSchema = z.lazy(() => z.object({
  fileName: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  format: z.enum(['docx', 'pdf']),
  documentKind: z.enum(['referat', 'dagsorden']),
  importedAt: z.string(),
}));
export type ImportSource = z.infer<typeof importSourceSchema>;

/**
 * A referat approved outside Referent and imported: it prints
 * `Historisk – godkendt uden for Referent` (with the date the document states)
 * instead of signatures and a fingerprint, holds no approvals, and is
 * read-only; work on it continues in a draft copy.
 */
export const historicSchema = z.lazy(() => z.object({ approvedOn: z.nullable(dateSchema) }));
export type Historic = z.infer<typeof historicSchema>;

/**
 * A meeting's id names its file (`meetings/<id>.json`), so it is a plain file
 * name: no path separators, no `.` or `..`. Referent makes UUIDs and the seeds
 * use slugs; an id from a synced document, an index row or a hand-edited file
 * that could reach outside the meetings folder is refused.
 */
export const MEETING_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export const meetingSchema = z.lazy(() => z.object({
  id: z.string().check(z.regex(MEETING_ID_PATTERN, da.errors.invalidMeetingId)),
  committeeId: z.string().check(z.minLength(1)),
  date: dateSchema,
  time: timeSchema,
  location: z._default(z.string().check(z.maxLength(300)), ''),
  /** Items are numbered from here: 1 when numbers restart, 10 when they run on through the year. */
  firstItemNumber: z._default(z.int().check(z.gte(1), z.lte(100000)), 1),
  participants: z.array(participantSchema),
  items: z.array(agendaItemSchema),
  approvals: z.array(approvalSchema),
  rejections: z._default(z.array(rejectionSchema), []),
  /** Set when the protocol is sent for approval; the committee as printed is frozen with it. */
  approvalRound: z._default(z.nullable(approvalRoundSchema), null),
  frozenCommittee: z._default(z.nullable(committeeSchema), null),
  reopenings: z._default(z.array(reopeningSchema), []),
  status: z._default(meetingStatusSchema, 'kladde'),
  imported: z._default(z.nullable(importSourceSchema), null),
  historic: z._default(z.nullable(historicSchema), null),
  createdAt: z.string(),
  updatedAt: z.string(),
}));
export type Meeting = z.infer<typeof meetingSchema>;

export type MeetingSummary = {
  id: string;
  committeeId: string;
  date: string;
  time: string;
  location: string;
  itemCount: number;
  status: MeetingStatus;
  approvals: number;
  updatedAt: string;
};

export function summarizeMeeting(meeting: Meeting): MeetingSummary {
  return {
    id: meeting.id,
    committeeId: meeting.committeeId,
    date: meeting.date,
    time: meeting.time,
    location: meeting.location,
    itemCount: meeting.items.length,
    status: meeting.status,
    approvals: meeting.approvals.length,
    updatedAt: meeting.updatedAt,
  };
}

export function itemNumber(meeting: Pick<Meeting, 'firstItemNumber'>, index: number): number {
  return meeting.firstItemNumber + index;
}

/** A protocol out for approval or approved, or a historic one, may not change what it prints. */
export function isContentLocked(meeting: Pick<Meeting, 'status'> & Partial<Pick<Meeting, 'historic'>>): boolean {
  return meeting.status === 'til_godkendelse' || meeting.status === 'godkendt' || isHistoric(meeting);
}

/** Imported as approved outside Referent: read-only, no approvals here. */
export function isHistoric(meeting: Partial<Pick<Meeting, 'historic'>>): boolean {
  return (meeting.historic ?? null) !== null;
}

export function decisionSection(item: AgendaItem): Section | undefined {
  return item.sections.find((s) => s.kind === 'beslutning');
}

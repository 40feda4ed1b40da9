import { z } from 'zod';
import { da } from '../i18n/da.ts';
import { richDocSchema } from '../text/richText.ts';
import { committeeSchema, itemKindSchema } from './committee.ts';

export const sectionSchema = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1).max(200),
  /** The `beslutning` section is the item's decision; the template decides where it stands. */
  kind: z.enum(['tekst', 'beslutning']),
  body: richDocSchema,
});
export type Section = z.infer<typeof sectionSchema>;

/** A file copied into the data directory; the hash detects a missing or altered copy. */
export const attachmentFileSchema = z.object({
  path: z.string().min(1).max(500),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  mimeType: z.string().max(200),
});

export const attachmentSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(500),
  /** A closed bilag is left out of the public protocol. */
  closed: z.boolean().default(false),
  file: attachmentFileSchema.nullable().default(null),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** A member who did not take part in one item: inhabil, or left the meeting during it. */
export const itemAbsenceSchema = z.object({
  memberId: z.string().min(1),
  reason: z.enum(['inhabil', 'forlod_moedet', 'deltog_ikke']),
  note: z.string().max(1000).default(''),
});
export type ItemAbsence = z.infer<typeof itemAbsenceSchema>;

/** A protokolbemærkning: a member's own remark to the decision, printed under it. */
export const protocolRemarkSchema = z.object({
  memberId: z.string().min(1),
  text: z.string().trim().min(1).max(5000),
});
export type ProtocolRemark = z.infer<typeof protocolRemarkSchema>;

export const CASE_FLOW_STEPS = ['Orientering', 'Indstilling', 'Beslutning', 'Supplerende sagsfremstilling'] as const;

/**
 * Behandling / Sagsgang: the bodies the case passes through (columns, e.g. BSU,
 * ØU, KB) and, per step, the bodies marked with an X. `asTable` prints the
 * grid; otherwise the bodies print as one line (`Direktionen, Økonomiudvalget, …`).
 */
export const caseFlowSchema = z.object({
  bodies: z.array(z.string().trim().min(1).max(100)).max(12),
  steps: z.array(z.object({ step: z.enum(CASE_FLOW_STEPS), bodies: z.array(z.string().trim().min(1).max(100)).max(12) })).max(CASE_FLOW_STEPS.length),
  asTable: z.boolean(),
});
export type CaseFlow = z.infer<typeof caseFlowSchema>;

export const agendaItemSchema = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1).max(500),
  caseNumber: z.string().trim().max(100).default(''),
  closed: z.boolean().default(false),
  /** Printed instead of the title in the public protocol when the item is closed; `Lukket: <title>` when empty. */
  publicTitle: z.string().trim().max(500).default(''),
  kind: itemKindSchema.default('beslutning'),
  /** A sub-item (`12.a`) belongs to the nearest main item above it. */
  subItem: z.boolean().default(false),
  sections: z.array(sectionSchema),
  attachments: z.array(attachmentSchema).default([]),
  absences: z.array(itemAbsenceSchema).default([]),
  remarks: z.array(protocolRemarkSchema).default([]),
  caseFlow: caseFlowSchema.nullable().default(null),
  /** Set on an item postponed (udsat) to another meeting: the original stays here, marked, with a copy there. */
  postponedTo: z.object({ meetingId: z.string().min(1), date: z.string() }).nullable().default(null),
  postponedFrom: z.object({ meetingId: z.string().min(1), date: z.string() }).nullable().default(null),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const participantSchema = z.object({
  memberId: z.string().min(1),
  attendance: z.enum(['til_stede', 'afbud', 'fravaerende']).default('til_stede'),
  /** A stedfortræder meeting in place of an absent member, printed with the participants. */
  substitute: z.object({ name: z.string().trim().min(1).max(200), label: z.string().trim().max(200).default('') }).nullable().default(null),
});
export type Participant = z.infer<typeof participantSchema>;

const fingerprintSchema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * An approval is bound to the exact protocol approved: the fingerprint of its
 * printed content. From a member's own machine (`fjern`) it also carries the
 * member's Ed25519 signature and public key.
 */
export const approvalSchema = z.object({
  memberId: z.string().min(1),
  approvedAt: z.string(),
  fingerprint: fingerprintSchema,
  method: z.enum(['lokal', 'fjern']),
  signature: z.string().optional(),
  publicKey: z.string().optional(),
});
export type Approval = z.infer<typeof approvalSchema>;

export const rejectionSchema = z.object({
  memberId: z.string().min(1),
  rejectedAt: z.string(),
  fingerprint: fingerprintSchema,
  comment: z.string().max(5000),
  method: z.enum(['lokal', 'fjern']),
  signature: z.string().optional(),
});
export type Rejection = z.infer<typeof rejectionSchema>;

/** What was sent for approval; kept so any later difference can be named item by item. */
export const approvalRoundSchema = z.object({
  sentAt: z.string(),
  fingerprint: fingerprintSchema,
  content: z.unknown(),
});
export type ApprovalRound = z.infer<typeof approvalRoundSchema>;

export const reopeningSchema = z.object({
  at: z.string(),
  reason: z.string().min(1).max(2000),
  round: approvalRoundSchema,
  voidedApprovals: z.array(approvalSchema),
});
export type Reopening = z.infer<typeof reopeningSchema>;

export const meetingStatusSchema = z.enum(['kladde', 'udsendt', 'afholdt', 'til_godkendelse', 'godkendt']);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

/** `YYYY-MM-DD` and `HH:MM`, local wall-clock time of the municipality; no time zone on purpose. */
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, da.errors.invalidDate);
export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, da.errors.invalidTime);

export const meetingSchema = z.object({
  id: z.string().min(1),
  committeeId: z.string().min(1),
  date: dateSchema,
  time: timeSchema,
  location: z.string().max(300).default(''),
  /** Items are numbered from here: 1 when numbers restart, 10 when they run on through the year. */
  firstItemNumber: z.number().int().min(1).max(100000).default(1),
  participants: z.array(participantSchema),
  items: z.array(agendaItemSchema),
  approvals: z.array(approvalSchema),
  rejections: z.array(rejectionSchema).default([]),
  /** Set when the protocol is sent for approval; the committee as printed is frozen with it. */
  approvalRound: approvalRoundSchema.nullable().default(null),
  frozenCommittee: committeeSchema.nullable().default(null),
  reopenings: z.array(reopeningSchema).default([]),
  status: meetingStatusSchema.default('kladde'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
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

/** A protocol out for approval or approved may not change what it prints. */
export function isContentLocked(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status === 'til_godkendelse' || meeting.status === 'godkendt';
}

export function decisionSection(item: AgendaItem): Section | undefined {
  return item.sections.find((s) => s.kind === 'beslutning');
}

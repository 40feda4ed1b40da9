import { z } from 'zod';
import { committeeSchema } from './committee.ts';
import { meetingSchema } from './meeting.ts';
import { approvalText } from '../i18n/approval.da.ts';

/**
 * The three files of the offline approval round. Each is JSON with a `kind`
 * and a `version`, so a wrong or damaged file is recognised and refused.
 */
const base64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/, approvalText.errors.badKey);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, approvalText.errors.badFingerprint);

/** A member's public key, exported from the member's own Referent and imported once by the secretary. */
export const memberFileSchema = z.object({
  kind: z.literal('referent-medlem'),
  version: z.literal(1),
  name: z.string().trim().min(1).max(200),
  publicKey: base64,
});
export type MemberFile = z.infer<typeof memberFileSchema>;

/** The protocol as sent for approval: everything the member needs to review it read-only. */
export const approvalPackageSchema = z.object({
  kind: z.literal('referent-godkendelse'),
  version: z.literal(1),
  committee: committeeSchema,
  meeting: meetingSchema,
  fingerprint: hex64,
  sentAt: z.string(),
});
export type ApprovalPackage = z.infer<typeof approvalPackageSchema>;

export const answerDecisionSchema = z.enum(['godkendt', 'afvist']);

/** The fields a member signs; the signature covers their RFC 8785 canonical JSON. */
export const signedAnswerSchema = z.object({
  kind: z.literal('referent-svar'),
  version: z.literal(1),
  meetingId: z.string().min(1),
  memberId: z.string().min(1),
  fingerprint: hex64,
  /** Which approval round this answers: an answer to a round since reopened is void even if the text is the same. */
  sentAt: z.string(),
  decision: answerDecisionSchema,
  comment: z.string().max(5000).default(''),
  at: z.string(),
});
export type SignedAnswer = z.infer<typeof signedAnswerSchema>;

export const answerFileSchema = signedAnswerSchema.extend({ publicKey: base64, signature: base64 });
export type AnswerFile = z.infer<typeof answerFileSchema>;

import * as z from 'zod/mini';
import '../schema/zodLocale.ts';
import { committeeSchema } from './committee.ts';
import { meetingSchema, signedAuditHeadSchema } from './meeting.ts';
import { approvalText } from '../i18n/approval.da.ts';

/**
 * The three files of the offline approval round. Each is JSON with a `kind`
 * and a `version`, so a wrong or damaged file is recognised and refused.
 */
const base64 = z.lazy(() => z.string().check(z.regex(/^[A-Za-z0-9+/]+=*$/, approvalText.errors.badKey)));
const hex64 = z.lazy(() => z.string().check(z.regex(/^[0-9a-f]{64}$/, approvalText.errors.badFingerprint)));

/** A member's public key, exported from the member's own Referent and imported once by the secretary. */
export const memberFileSchema = z.lazy(() => z.object({
  kind: z.literal('referent-medlem'),
  version: z.literal(1),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  publicKey: base64,
}));
export type MemberFile = z.infer<typeof memberFileSchema>;

/** The protocol as sent for approval: everything the member needs to review it read-only. */
export const approvalPackageSchema = z.lazy(() => z.object({
  kind: z.literal('referent-godkendelse'),
  version: z.literal(1),
  committee: committeeSchema,
  meeting: meetingSchema,
  fingerprint: hex64,
  sentAt: z.string(),
  /** The secretary's audit head when the package was made: the member's signature covers it. */
  auditHead: z._default(signedAuditHeadSchema, null),
}));
export type ApprovalPackage = z.infer<typeof approvalPackageSchema>;

export const answerDecisionSchema = z.lazy(() => z.enum(['godkendt', 'afvist']));

/** The fields a member signs; the signature covers their RFC 8785 canonical JSON. */
export const signedAnswerSchema = z.lazy(() => z.object({
  kind: z.literal('referent-svar'),
  /** 2 since schema v5: the answer names its key, its stedfortræder and the audit head; a version-1 answer is refused. */
  version: z.literal(2),
  meetingId: z.string().check(z.minLength(1)),
  memberId: z.string().check(z.minLength(1)),
  /** The stedfortræder who answers for the absent member's seat, or null. */
  substitute: z._default(z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))), null),
  fingerprint: hex64,
  /** Which approval round this answers: an answer to a round since reopened is void even if the text is the same. */
  sentAt: z.string(),
  decision: answerDecisionSchema,
  comment: z._default(z.string().check(z.maxLength(5000)), ''),
  at: z.string(),
  auditHead: z._default(signedAuditHeadSchema, null),
  keyId: z.string().check(z.regex(/^[0-9a-f]{64}$/, approvalText.errors.badKey)),
}));
export type SignedAnswer = z.infer<typeof signedAnswerSchema>;

/** The signed answer and its signature; the key it names must be the one registered for the signer. */
export const answerFileSchema = z.lazy(() => z.extend(signedAnswerSchema._zod.innerType, { signature: base64 }));
export type AnswerFile = z.infer<typeof answerFileSchema>;

import type { SignedAnswer } from '../../../shared/domain/approvalFiles.ts';
import type { Approval, Meeting, Rejection } from '../../../shared/domain/meeting.ts';

export type SignedFields = Omit<SignedAnswer, 'kind' | 'version'>;

/**
 * Exactly the fields a signature covers, for signing and for checking alike:
 * everything printed about the answer (meeting, fingerprint, who, approve or
 * reject, comment, time) plus the round it answers, the audit head at signing
 * and the key that signs. The kind and version keep a v5 signature from being
 * read as anything else.
 */
export function signedApprovalPayload(fields: SignedFields): SignedAnswer {
  return {
    kind: 'referent-svar',
    version: 2,
    meetingId: fields.meetingId,
    memberId: fields.memberId,
    substitute: fields.substitute ?? null,
    fingerprint: fields.fingerprint,
    sentAt: fields.sentAt,
    decision: fields.decision,
    comment: fields.comment,
    at: fields.at,
    auditHead: fields.auditHead ?? null,
    keyId: fields.keyId,
  };
}

/** The payload a stored approval or rejection claims to have signed, rebuilt from what the meeting file says. */
export function payloadOfStored(meeting: Pick<Meeting, 'id' | 'approvalRound'>, answer: Approval | Rejection): SignedAnswer | null {
  if (!answer.keyId) return null;
  const approved = 'approvedAt' in answer;
  return signedApprovalPayload({
    meetingId: meeting.id,
    memberId: answer.memberId,
    substitute: answer.substitute ?? null,
    fingerprint: answer.fingerprint,
    sentAt: meeting.approvalRound?.sentAt ?? '',
    decision: approved ? 'godkendt' : 'afvist',
    comment: approved ? (answer.comment ?? '') : answer.comment,
    at: approved ? answer.approvedAt : answer.rejectedAt,
    auditHead: answer.auditHead ?? null,
    keyId: answer.keyId,
  });
}

import type { SignedAnswer } from '../../../shared/domain/approvalFiles.ts';

/** Exactly the fields a member's signature covers, for signing and for checking alike. */
export function signedApprovalPayload(
  meetingId: string,
  memberId: string,
  fingerprint: string,
  sentAt: string,
  decision: SignedAnswer['decision'],
  comment: string,
  at: string,
): SignedAnswer {
  return { kind: 'referent-svar', version: 1, meetingId, memberId, fingerprint, sentAt, decision, comment, at };
}

import type { Committee } from '../../../shared/domain/committee.ts';
import type { Approval, Meeting, Rejection } from '../../../shared/domain/meeting.ts';
import { effectiveCommittee, printedContent, type PrintedContent } from '../../../shared/domain/printedContent.ts';
import { describeChanges, type ProtocolChange } from '../../../shared/domain/protocolChanges.ts';
import { registeredKeys } from '../../../shared/domain/signerKeys.ts';
import { findSigner, registryEntry, signersOf, type Signer } from '../../../shared/domain/signers.ts';
import { approvalText } from '../../../shared/i18n/approval.da.ts';
import { shortFingerprint } from './fingerprint.ts';
import { sha256Canonical } from '../hash/sha256Canonical.ts';
import { keyIdOf } from './keyVault.ts';
import { verifySignature } from './memberIdentity.ts';
import { payloadOfStored } from './signedPayload.ts';

export type ProtocolCheck = {
  fingerprint: string;
  shortFingerprint: string;
  /** True when every approval and the approval round match the stored protocol. */
  intact: boolean;
  problems: string[];
  /** What differs from the protocol as sent for approval (empty when intact). */
  changes: ProtocolChange[];
};

export type SignatureCheck = 'gyldig' | 'usigneret' | 'ukendt_noegle' | 'forkert_signatur' | 'ikke_underskriver' | 'andet_referat';

/**
 * One approval or rejection checked against the key REGISTERED for its signer
 * in the live committee (the registry), never against a key the approval or
 * the frozen committee carries: the signature must cover exactly what the
 * meeting file says about it (who, approve or reject, comment, time, the round,
 * the audit head) and the protocol's current fingerprint.
 */
export function checkAnswer(liveCommittee: Committee, meeting: Meeting, answer: Approval | Rejection, fingerprint: string, signers: Signer[] = signersOf(effectiveCommittee(liveCommittee, meeting), meeting)): SignatureCheck {
  const signer = findSigner(signers, answer);
  if (!signer) return 'ikke_underskriver';
  if (answer.fingerprint !== fingerprint) return 'andet_referat';
  const keys = registeredKeys(registryEntry(liveCommittee, signer));
  if (!answer.keyId && answer.signature && answer.method === 'fjern') return checkV4Answer(meeting, answer, keys);
  const payload = payloadOfStored(meeting, answer);
  if (!payload || !answer.signature) return 'usigneret';
  const key = keys.find((k) => keyIdOf(k) === answer.keyId);
  if (!key) return 'ukendt_noegle';
  return verifySignature(payload, answer.signature, key) ? 'gyldig' : 'forkert_signatur';
}

/**
 * An answer signed on a member's own machine before schema v5: its signature
 * covers the v4 fields (no comment on an approval, no audit head), and it
 * still counts when it verifies against a key registered for the member.
 */
function checkV4Answer(meeting: Meeting, answer: Approval | Rejection, keys: string[]): SignatureCheck {
  const approved = 'approvedAt' in answer;
  const payload = {
    kind: 'referent-svar',
    version: 1,
    meetingId: meeting.id,
    memberId: answer.memberId,
    fingerprint: answer.fingerprint,
    sentAt: meeting.approvalRound?.sentAt ?? '',
    decision: approved ? 'godkendt' : 'afvist',
    comment: approved ? '' : answer.comment,
    at: approved ? answer.approvedAt : answer.rejectedAt,
  };
  if (keys.length === 0) return 'ukendt_noegle';
  return keys.some((k) => verifySignature(payload, answer.signature!, k)) ? 'gyldig' : 'forkert_signatur';
}

/** The approvals that stand: signed by the signer's registered key over exactly this protocol. */
export function validApprovals(liveCommittee: Committee, meeting: Meeting, fingerprint: string): Approval[] {
  const signers = signersOf(effectiveCommittee(liveCommittee, meeting), meeting);
  return meeting.approvals.filter((a) => checkAnswer(liveCommittee, meeting, a, fingerprint, signers) === 'gyldig');
}

/** Does the stored protocol still match what was sent and what every signer approved, each with their registered key? */
export function checkProtocol(liveCommittee: Committee, meeting: Meeting): ProtocolCheck {
  const committee = effectiveCommittee(liveCommittee, meeting);
  const content = printedContent(committee, meeting);
  const fingerprint = sha256Canonical(content);
  const problems: string[] = [];
  const signers = signersOf(committee, meeting);
  const nameOf = (answer: Approval | Rejection) => answer.substitute ?? committee.members.find((m) => m.id === answer.memberId)?.name ?? answer.memberId;
  const p = approvalText.problems;

  const round = meeting.approvalRound;
  if (round && round.fingerprint !== fingerprint) problems.push(p.changedAfterSending);
  for (const answer of [...meeting.approvals, ...meeting.rejections]) {
    const result = checkAnswer(liveCommittee, meeting, answer, fingerprint, signers);
    if (result === 'gyldig') continue;
    if (result === 'andet_referat') problems.push(p.changedAfterApproval(nameOf(answer)));
    else if (result === 'usigneret') problems.push(p.unsigned(nameOf(answer)));
    else if (result === 'ukendt_noegle') problems.push(p.unknownKey(nameOf(answer)));
    else if (result === 'ikke_underskriver') problems.push(p.notASigner(nameOf(answer)));
    else problems.push(p.badSignature(nameOf(answer)));
  }
  if (!meeting.historic && meeting.status === 'godkendt') {
    const missing = signers.filter((s) => !meeting.approvals.some((a) => findSigner([s], a)));
    if (missing.length > 0 || signers.length === 0) problems.push(p.approvedWithoutAll(missing.map((s) => s.name)));
  }
  const changes = round && round.fingerprint !== fingerprint ? describeChanges(round.content as PrintedContent, content) : [];
  return { fingerprint, shortFingerprint: shortFingerprint(fingerprint), intact: problems.length === 0, problems, changes };
}

import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { effectiveCommittee, printedContent, type PrintedContent } from '../../../shared/domain/printedContent.ts';
import { describeChanges, type ProtocolChange } from '../../../shared/domain/protocolChanges.ts';
import { approvalText } from '../../../shared/i18n/approval.da.ts';
import { shortFingerprint } from './fingerprint.ts';
import { sha256Canonical } from '../hash/sha256Canonical.ts';
import { verifySignature } from './memberIdentity.ts';
import { signedApprovalPayload } from './signedPayload.ts';

export type ProtocolCheck = {
  fingerprint: string;
  shortFingerprint: string;
  /** True when every approval and the approval round match the stored protocol. */
  intact: boolean;
  problems: string[];
  /** What differs from the protocol as sent for approval (empty when intact). */
  changes: ProtocolChange[];
};

/** Does the stored protocol still match what was sent and what every member approved? */
export function checkProtocol(liveCommittee: Committee, meeting: Meeting): ProtocolCheck {
  const committee = effectiveCommittee(liveCommittee, meeting);
  const content = printedContent(committee, meeting);
  const fingerprint = sha256Canonical(content);
  const problems: string[] = [];
  const nameOf = (memberId: string) => committee.members.find((m) => m.id === memberId)?.name ?? memberId;
  const p = approvalText.problems;

  const round = meeting.approvalRound;
  if (round && round.fingerprint !== fingerprint) problems.push(p.changedAfterSending);
  for (const a of meeting.approvals) {
    if (a.fingerprint !== fingerprint) problems.push(p.changedAfterApproval(nameOf(a.memberId)));
    if (a.method === 'fjern') {
      const payload = signedApprovalPayload(meeting.id, a.memberId, a.fingerprint, round?.sentAt ?? '', 'godkendt', '', a.approvedAt);
      // The key was checked against the member's registered key when the answer was imported.
      if (!a.signature || !a.publicKey || !verifySignature(payload, a.signature, a.publicKey)) {
        problems.push(p.badSignature(nameOf(a.memberId)));
      }
    }
  }
  const changes = round && round.fingerprint !== fingerprint ? describeChanges(round.content as PrintedContent, content) : [];
  return { fingerprint, shortFingerprint: shortFingerprint(fingerprint), intact: problems.length === 0, problems, changes };
}

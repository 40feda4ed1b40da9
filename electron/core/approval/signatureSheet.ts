import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
import type { AuditHead } from '../../../shared/domain/storeSchema.ts';
import { findSigner, registryEntry, signersOf } from '../../../shared/domain/signers.ts';
import { protocolFingerprint, shortFingerprint } from './fingerprint.ts';
import { keyIdOf } from './keyVault.ts';
import { checkAnswer } from './verifyProtocol.ts';

/** One line of the Underskriftsside: who signs, and whether a signature by their registered key stands. */
export type SignatureLine = {
  name: string;
  label: string;
  role: Committee['members'][number]['role'];
  /** The member a stedfortræder stood in for. */
  standsInFor: string | null;
  /** Set only when the approval verifies against the signer's registered key over exactly this protocol. */
  approvedAt: string | null;
  /** The short fingerprint of the key that signed (or, while waiting, the key registered). */
  keyFingerprint: string | null;
  /** A reason the secretary gave for replacing the signer's key without the old code: printed. */
  keyReason: string | null;
};

export type SignatureSheet = { lines: SignatureLine[]; auditHead: { seq: number; short: string } | null };

/**
 * What the Underskriftsside prints, decided where the key registry is known
 * (the live committee): an approval prints as `Godkendt …` only when its
 * signature verifies against the key registered for that signer, so a forged
 * or unsigned approval prints as `Ikke godkendt`. The audit head is the log's
 * as the export saw it, or else the newest one an approval signed. When the
 * audit log contradicts the meeting or the registry (logConsistency.ts), no
 * approval prints as standing.
 */
export function signatureSheet(live: Committee, meeting: Meeting, auditHead?: AuditHead | null, fingerprint = protocolFingerprint(live, meeting), contradicted = false): SignatureSheet {
  const committee = effectiveCommittee(live, meeting);
  const signers = signersOf(committee, meeting);
  // A meeting file or registry the audit log contradicts was edited beside Referent: none of its approvals stands.
  const valid = contradicted ? [] : meeting.approvals.filter((a) => checkAnswer(live, meeting, a, fingerprint, signers) === 'gyldig');
  const lines = signers.map((signer): SignatureLine => {
    const approval = valid.filter((a) => findSigner([signer], a)).at(-1);
    const entry = registryEntry(live, signer);
    const keyId = approval?.keyId ?? (entry?.publicKey ? keyIdOf(entry.publicKey) : null);
    return {
      name: signer.name,
      label: signer.label,
      role: signer.role,
      standsInFor: signer.standsInFor,
      approvedAt: approval ? approval.approvedAt : null,
      keyFingerprint: keyId ? shortFingerprint(keyId) : null,
      keyReason: contradicted ? null : (entry?.keyReason ?? null),
    };
  });
  const head = auditHead ?? valid.map((a) => a.auditHead ?? null).filter((h): h is AuditHead => h !== null).sort((a, b) => b.seq - a.seq)[0] ?? null;
  return { lines, auditHead: head ? { seq: head.seq, short: shortFingerprint(head.hash) } : null };
}

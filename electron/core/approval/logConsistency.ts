import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
import { signerNameKey } from '../../../shared/domain/signerKeys.ts';
import { registryEntry, signersOf } from '../../../shared/domain/signers.ts';
import { approvalText } from '../../../shared/i18n/approval.da.ts';
import type { AuditEntry } from '../audit/auditLog.ts';
import { keyIdOf } from './keyVault.ts';

/**
 * What the audit log says about signers' keys: for each key id, whose it was
 * registered as, and the reasons logged for each signer's key replacements.
 */
export type KeyLog = { owners: Map<string, Set<string>>; reasons: Map<string, Set<string>> };

/** One signer as the log names them: a member by id, a stedfortræder by name, within one committee. */
function whoOf(committeeId: unknown, memberId: unknown, substitute: unknown): string | null {
  if (typeof substitute === 'string') return `${String(committeeId)}|s|${signerNameKey(substitute)}`;
  if (typeof memberId === 'string') return `${String(committeeId)}|m|${memberId}`;
  return null;
}

export function keyLogOf(entries: AuditEntry[]): KeyLog {
  const owners = new Map<string, Set<string>>();
  const reasons = new Map<string, Set<string>>();
  const own = (keyId: string, who: string | null) => {
    if (!who) return;
    const set = owners.get(keyId) ?? new Set<string>();
    set.add(who);
    owners.set(keyId, set);
  };
  const because = (who: string | null, reason: unknown) => {
    if (!who || typeof reason !== 'string' || reason === '') return;
    const set = reasons.get(who) ?? new Set<string>();
    set.add(reason);
    reasons.set(who, set);
  };
  for (const e of entries) {
    const d = e.details;
    if (e.action === 'noegle_registreret' || e.action === 'noegle_udskiftet') {
      const who = whoOf(d.committeeId, d.memberId, d.substitute);
      const keyId = typeof d.keyId === 'string' ? d.keyId : typeof d.publicKey === 'string' ? keyIdOf(d.publicKey) : null;
      if (keyId) own(keyId, who);
      because(who, d.reason);
    }
    if (e.action === 'moeder_registreret' && Array.isArray(d.keys)) {
      for (const k of d.keys as Record<string, unknown>[]) {
        if (!k || typeof k.keyId !== 'string') continue;
        const who = whoOf(k.committeeId, k.memberId, k.substitute);
        own(k.keyId, who);
        because(who, k.reason);
      }
    }
  }
  return { owners, reasons };
}

/**
 * Entries after which the log's account of a meeting starts again: a restored
 * backup puts older files back, and a restarted log has lost what came before.
 */
const BASELINES = new Set<AuditEntry['action']>(['sikkerhedskopi_gendannet', 'revisionsspor_genstartet']);

/**
 * What the audit log contradicts in a meeting file and the key registry, for
 * a file edited beside Referent: a signature made with a key the log never
 * registered for that signer (two members who approve on one machine share its
 * key, and the log registered it for both), a key replacement reason nobody
 * logged, a reopening undone, an approval round the log never saw sent, and a
 * protocol sent for approval here and then marked as approved outside
 * Referent. An empty log says nothing (a store from before the log, or one
 * whose log is gone, which `check` reports by itself).
 */
export function logProblems(liveCommittee: Committee, meeting: Meeting, entries: AuditEntry[], keyLog: KeyLog = keyLogOf(entries)): string[] {
  if (entries.length === 0) return [];
  const p = approvalText.problems;
  const problems: string[] = [];
  const committee = effectiveCommittee(liveCommittee, meeting);
  const signers = signersOf(committee, meeting);
  const nameOf = (memberId: string, substitute: string | null | undefined) => substitute ?? committee.members.find((m) => m.id === memberId)?.name ?? memberId;

  for (const answer of [...meeting.approvals, ...meeting.rejections]) {
    if (!answer.keyId) continue;
    const owners = keyLog.owners.get(answer.keyId);
    const who = whoOf(meeting.committeeId, answer.memberId, answer.substitute ?? undefined);
    if (!owners) problems.push(p.keyNotLogged(nameOf(answer.memberId, answer.substitute)));
    else if (who && !owners.has(who)) problems.push(p.keyLoggedForOther(nameOf(answer.memberId, answer.substitute)));
  }

  for (const signer of signers) {
    const reason = registryEntry(liveCommittee, signer)?.keyReason;
    if (!reason) continue;
    const who = whoOf(meeting.committeeId, signer.memberId, signer.substitute ?? undefined);
    if (who && !keyLog.reasons.get(who)?.has(reason)) problems.push(p.keyReasonNotLogged(signer.name));
  }

  const start = entries.findLastIndex((e) => BASELINES.has(e.action));
  const own = entries.slice(start + 1).filter((e) => e.meetingId === meeting.id);
  const reopened = own.filter((e) => e.action === 'genaabnet').length;
  if (meeting.reopenings.length < reopened) problems.push(p.reopeningsMissing(reopened, meeting.reopenings.length));
  const lastTurn = own.findLast((e) => e.action === 'sendt_til_godkendelse' || e.action === 'genaabnet');
  if (lastTurn?.action === 'genaabnet' && meeting.approvalRound) problems.push(p.roundNotLogged);
  if (lastTurn?.action === 'sendt_til_godkendelse' && meeting.approvalRound?.fingerprint !== lastTurn.details.fingerprint) problems.push(p.roundNotLogged);
  if (meeting.historic) {
    const lastImport = own.findLastIndex((e) => e.action === 'moede_importeret');
    if (own.slice(lastImport + 1).some((e) => e.action === 'sendt_til_godkendelse')) problems.push(p.historicAfterSending);
  }
  return problems;
}

/** Whether the log has anything to say about a meeting: it has been sent, answered, reopened, marked approved or historic. */
export function logConcerns(meeting: Meeting): boolean {
  return meeting.approvalRound !== null || meeting.approvals.length > 0 || meeting.rejections.length > 0 || meeting.reopenings.length > 0 || meeting.historic !== null || meeting.status === 'godkendt';
}

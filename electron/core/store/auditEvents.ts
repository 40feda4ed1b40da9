import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { AuditAction, NewAuditEntry } from '../audit/auditLog.ts';
import { SECRETARY_ACTOR } from '../../../shared/domain/auditActor.ts';
import { sameSignerName, type SignerKeyEntry } from '../../../shared/domain/signerKeys.ts';
import { keyIdOf } from '../approval/keyVault.ts';

/** The actor for what the secretary did: the one stored identifier, from the domain. */
export const SECRETARY = SECRETARY_ACTOR;

/** What a transaction asks the log to record besides what the store derives: exports and restores. */
export type ExplicitAudit = { meetingId: string | null; action: AuditAction; actor?: string; details: Record<string, unknown> };

/**
 * The events the store records by itself, from what a transaction changes, so
 * no handler can forget one: a meeting created or deleted, sent for approval,
 * approved or rejected (here or by an imported answer), reopened, an approval
 * withdrawn, any other status change; a committee created, a member's key
 * registered or replaced. Ordinary edits (text, items, participants) are not
 * logged: the log stays small, and the files themselves hold them.
 */
export function meetingEvents(before: Meeting | undefined, after: Meeting | undefined, at: string): NewAuditEntry[] {
  if (!before && !after) return [];
  if (!before) return [{ at, meetingId: after!.id, action: 'moede_oprettet', actor: SECRETARY, details: { committeeId: after!.committeeId, date: after!.date } }];
  if (!after) return [{ at, meetingId: before.id, action: 'moede_slettet', actor: SECRETARY, details: { committeeId: before.committeeId, date: before.date } }];
  const id = after.id;
  const events: NewAuditEntry[] = [];
  const entry = (action: AuditAction, actor: string, details: Record<string, unknown>) => events.push({ at, meetingId: id, action, actor, details });

  for (const reopening of after.reopenings.slice(before.reopenings.length)) {
    entry('genaabnet', SECRETARY, { reason: reopening.reason, fingerprint: reopening.round.fingerprint, voidedApprovals: reopening.voidedApprovals.length });
  }
  if (after.approvalRound && after.approvalRound.sentAt !== before.approvalRound?.sentAt) {
    entry('sendt_til_godkendelse', SECRETARY, { fingerprint: after.approvalRound.fingerprint });
  }
  const reopened = after.reopenings.length > before.reopenings.length;
  const newRound = after.approvalRound?.sentAt !== before.approvalRound?.sentAt;
  for (const a of after.approvals) {
    const was = before.approvals.find((b) => b.memberId === a.memberId);
    if (was && was.approvedAt === a.approvedAt && was.fingerprint === a.fingerprint && was.substitute === a.substitute && !newRound) continue;
    const signed = { ...(a.substitute ? { substitute: a.substitute } : {}), ...(a.keyId ? { keyId: a.keyId } : {}) };
    if (a.method === 'fjern') entry('svar_importeret', a.memberId, { fingerprint: a.fingerprint, decision: 'godkendt', comment: a.comment ?? '', method: 'fjern', ...signed });
    else entry('godkendt', a.memberId, { fingerprint: a.fingerprint, method: 'lokal', ...signed });
  }
  for (const r of after.rejections) {
    const was = before.rejections.find((b) => b.memberId === r.memberId);
    if (was && was.rejectedAt === r.rejectedAt && was.fingerprint === r.fingerprint && !newRound) continue;
    const signed = { ...(r.substitute ? { substitute: r.substitute } : {}), ...(r.keyId ? { keyId: r.keyId } : {}) };
    if (r.method === 'fjern') entry('svar_importeret', r.memberId, { fingerprint: r.fingerprint, decision: 'afvist', comment: r.comment, method: 'fjern', ...signed });
    else entry('afvist', r.memberId, { fingerprint: r.fingerprint, method: 'lokal', comment: r.comment, ...signed });
  }
  // An approval that disappears without a reopening, a new round or the member's own rejection is worth its own line.
  if (!reopened && !newRound) {
    for (const b of before.approvals) {
      if (!after.approvals.some((a) => a.memberId === b.memberId) && !after.rejections.some((r) => r.memberId === b.memberId)) {
        entry('godkendelse_fjernet', SECRETARY, { memberId: b.memberId, fingerprint: b.fingerprint });
      }
    }
  }
  // A status change the events above explain (sent, the last approval, reopened) is part of them; any other is logged as itself.
  if (before.status !== after.status && events.length === 0) entry('status_aendret', SECRETARY, { from: before.status, to: after.status });
  else if (before.status !== after.status) events[events.length - 1]!.details.status = after.status;
  return events;
}

export function committeeEvents(before: Committee | undefined, after: Committee, at: string): NewAuditEntry[] {
  const events: NewAuditEntry[] = [];
  if (!before) events.push({ at, meetingId: null, action: 'udvalg_oprettet', actor: SECRETARY, details: { committeeId: after.id, name: after.name } });
  const signerEvents = (who: Record<string, unknown>, was: SignerKeyEntry | undefined, now: SignerKeyEntry) => {
    // A key retired (with the old code, or a reason the secretary gave): logged with the reason, which the signature page prints too.
    for (const retired of (now.retiredKeys ?? []).slice(was?.retiredKeys?.length ?? 0)) {
      events.push({ at, meetingId: null, action: 'noegle_udskiftet', actor: SECRETARY, details: { committeeId: after.id, ...who, keyId: keyIdOf(retired.publicKey), how: retired.how, reason: retired.reason } });
    }
    if (now.publicKey && now.publicKey !== was?.publicKey) {
      events.push({ at, meetingId: null, action: 'noegle_registreret', actor: SECRETARY, details: { committeeId: after.id, ...who, publicKey: now.publicKey, keyId: keyIdOf(now.publicKey), replaced: Boolean(was?.publicKey) || Boolean(now.retiredKeys?.length), here: Boolean(now.keyVault), ...(now.keyReason ? { reason: now.keyReason } : {}) } });
    }
  };
  for (const member of after.members) signerEvents({ memberId: member.id }, before?.members.find((m) => m.id === member.id), member);
  for (const substitute of after.substitutes ?? []) signerEvents({ substitute: substitute.name }, before?.substitutes?.find((s) => sameSignerName(s.name, substitute.name)), substitute);
  return events;
}

/** Actions whose effect is a meeting file written in the same transaction (used to tell, after a crash, whether it landed). */
export const MEETING_WRITING_ACTIONS: ReadonlySet<AuditAction> = new Set<AuditAction>(['moede_oprettet', 'sendt_til_godkendelse', 'godkendt', 'afvist', 'genaabnet', 'svar_importeret', 'status_aendret', 'godkendelse_fjernet']);
/** Actions whose effect is the root file written in the same transaction. */
export const ROOT_WRITING_ACTIONS: ReadonlySet<AuditAction> = new Set<AuditAction>(['udvalg_oprettet', 'noegle_registreret', 'noegle_udskiftet']);

import { createHash } from 'node:crypto';
import type { AuditLog, NewAuditEntry } from '../audit/auditLog.ts';
import type { AuditHead } from '../../../shared/domain/storeSchema.ts';
import { storeText } from '../../../shared/i18n/store.da.ts';
import { MEETING_WRITING_ACTIONS, ROOT_WRITING_ACTIONS, SECRETARY } from './auditEvents.ts';
import { quarantineBytes } from './repair.ts';

export type AuditFindings = { entries: NewAuditEntry[]; notices: string[] };

/**
 * The log's damaged end (a torn or garbled last line, after a full disk or a
 * power cut): its bytes kept in quarantine exactly as they were, cut off, and
 * a restart marker appended that says whether entries the files had already
 * seen were in the damaged part. Returns the notice, or null when the end was whole.
 */
export async function repairAuditTail(dir: string, audit: AuditLog, recorded: AuditHead | null, now: Date): Promise<string | null> {
  const damage = audit.damage();
  if (!damage) return null;
  const before = audit.head();
  const name = await quarantineBytes(dir, `audit.jsonl-efter-linje-${before?.seq ?? 0}`, damage.bytes, now);
  await audit.cutDamagedTail();
  await audit.append([
    {
      at: now.toISOString(),
      meetingId: null,
      action: 'revisionsspor_genstartet',
      actor: SECRETARY,
      details: {
        reason: 'beskadiget_linje',
        quarantined: name,
        bytes: damage.bytes.length,
        sha256: createHash('sha256').update(damage.bytes).digest('hex'),
        afterSeq: before?.seq ?? 0,
        recordedHead: recorded,
        // Entries the files had already seen were in the damaged part: that is more than a torn write.
        acknowledgedLost: (recorded?.seq ?? 0) > (before?.seq ?? 0),
      },
    },
  ]);
  return storeText.auditTailQuarantined(name, damage.bytes.length);
}

/**
 * The end of the audit log against the head the root file recorded. A log
 * shorter than that (cut, emptied, deleted), or different at that line
 * (rewritten), gets a restart marker and a notice; entries after it that a
 * crash cut short before their files landed get an `afbrudt` entry.
 * `meetingHead` reads the head a meeting file recorded (null if unreadable).
 */
export async function checkAuditHead(audit: AuditLog, recorded: AuditHead | null, at: string, meetingHead: (id: string) => AuditHead | null | 'unreadable'): Promise<AuditFindings> {
  const head = audit.head();
  const marker = (details: Record<string, unknown>): NewAuditEntry => ({ at, meetingId: null, action: 'revisionsspor_genstartet', actor: SECRETARY, details: { ...details, acknowledgedLost: true } });
  if (!recorded) {
    return head ? { entries: [marker({ reason: 'hoved_mangler', foundHead: head })], notices: [storeText.auditHeadMissing] } : { entries: [], notices: [] };
  }
  if (!head || head.seq < recorded.seq) {
    return { entries: [marker({ reason: 'afkortet', recordedHead: recorded, foundHead: head })], notices: [storeText.auditCut(recorded.seq, head?.seq ?? 0)] };
  }
  const found = await audit.entryAt(recorded.seq);
  if (!found || found.hash !== recorded.hash) {
    return { entries: [marker({ reason: 'omskrevet', recordedHead: recorded, foundHead: head })], notices: [storeText.auditRewritten(recorded.seq)] };
  }
  if (head.seq === recorded.seq) return { entries: [], notices: [] };
  // Written just before a crash, ahead of the root file: did the files they describe land?
  const notDone: number[] = [];
  for (const e of await audit.entriesAfter(recorded.seq)) {
    if (ROOT_WRITING_ACTIONS.has(e.action)) notDone.push(e.seq);
    else if (MEETING_WRITING_ACTIONS.has(e.action) && e.meetingId) {
      const seen = meetingHead(e.meetingId);
      if (seen === 'unreadable' || (seen?.seq ?? 0) < e.seq) notDone.push(e.seq);
    }
  }
  if (notDone.length === 0) return { entries: [], notices: [] };
  return { entries: [{ at, meetingId: null, action: 'afbrudt', actor: SECRETARY, details: { seqs: notDone } }], notices: [storeText.interrupted(notDone.length)] };
}

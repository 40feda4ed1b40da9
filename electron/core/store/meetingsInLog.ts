import type { AuditEntry } from '../audit/auditLog.ts';

export type MeetingsInLog = {
  /** Every meeting the log has seen made, registered or put back by a restore, and not since deleted or lost. */
  expected: Set<string>;
  /** Meetings the log records as lost (a missing file no backup could replace), with when. */
  lost: { meetingId: string; at: string }[];
};

/**
 * Which meetings should exist, by the audit log alone. The log is written
 * (and fsynced) before any meeting file, so it is the one record of a delete
 * that a crash cannot leave half done: `check` holds the files against it, and
 * the store asks it before it puts a missing meeting back from a backup.
 */
export function meetingsInLog(entries: AuditEntry[]): MeetingsInLog {
  const expected = new Set<string>();
  const lost: MeetingsInLog['lost'] = [];
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  // An entry an `afbrudt` marker names never took effect (the crash came before its file was written): a meeting whose
  // creation was cut short is not expected, and its save was never acknowledged.
  const interrupted = new Set<number>();
  for (const e of entries) if (e.action === 'afbrudt' && Array.isArray(e.details.seqs)) for (const seq of e.details.seqs) if (typeof seq === 'number') interrupted.add(seq);
  for (const e of entries) {
    if (interrupted.has(e.seq)) continue;
    if (e.action === 'moeder_registreret') for (const id of list(e.details.meetings)) expected.add(id);
    else if (e.action === 'sikkerhedskopi_gendannet') {
      for (const id of list(e.details.added)) expected.add(id);
      for (const id of list(e.details.removed)) expected.delete(id);
    } else if (e.action === 'moede_slettet' && e.meetingId) expected.delete(e.meetingId);
    else if (e.action === 'moede_mistet' && e.meetingId) {
      expected.delete(e.meetingId);
      lost.push({ meetingId: e.meetingId, at: e.at });
    } else if (e.meetingId) expected.add(e.meetingId);
  }
  return { expected, lost };
}

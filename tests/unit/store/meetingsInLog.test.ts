import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../electron/core/audit/auditLog.ts';
import { meetingsInLog } from '../../../electron/core/store/meetingsInLog.ts';

let seq = 0;
const entry = (action: AuditEntry['action'], meetingId: string | null, details: Record<string, unknown> = {}): AuditEntry => ({ seq: ++seq, at: '2026-03-01T10:00:00.000Z', meetingId, action, actor: 'sekretær', details, prevHash: '0'.repeat(64), hash: '0'.repeat(64) });

describe('the meetings the audit log expects', () => {
  it('a creation an `afbrudt` marker names never happened: its meeting is not expected (a crash before its file was written)', () => {
    const made = entry('moede_oprettet', 'm1');
    const cut = entry('moede_oprettet', 'm2');
    const log = [made, cut, entry('afbrudt', null, { seqs: [cut.seq] })];
    expect([...meetingsInLog(log).expected]).toEqual(['m1']);
  });

  it('a delete cut short leaves the meeting expected, as its file is still there', () => {
    const made = entry('moede_oprettet', 'm1');
    const del = entry('moede_slettet', 'm1');
    expect([...meetingsInLog([made, del, entry('afbrudt', null, { seqs: [del.seq] })]).expected]).toEqual(['m1']);
    expect([...meetingsInLog([made, del]).expected]).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../electron/core/audit/auditLog.ts';
import { loggedSchemaVersion } from '../../../electron/core/store/loggedSchemaVersion.ts';

let seq = 0;
const entry = (action: AuditEntry['action'], details: Record<string, unknown> = {}): AuditEntry => ({ seq: ++seq, at: '2026-03-01T10:00:00.000Z', meetingId: null, action, actor: 'sekretær', details, prevHash: '0'.repeat(64), hash: '0'.repeat(64) });

describe('the schema version the audit log shows a store has been at', () => {
  it('from a migration, a registration naming its version or keys, and answers signed by a registered key', () => {
    expect(loggedSchemaVersion([])).toBe(0);
    expect(loggedSchemaVersion([entry('moeder_registreret', { reason: 'migrering', fromVersion: 4, toVersion: 5 })])).toBe(5);
    expect(loggedSchemaVersion([entry('moeder_registreret', { reason: 'eksempler', schemaVersion: 5 })])).toBe(5);
    expect(loggedSchemaVersion([entry('moeder_registreret', { reason: 'eksempler', keys: [] })])).toBe(5);
    expect(loggedSchemaVersion([entry('godkendt', { fingerprint: 'f', method: 'lokal', keyId: 'k' })])).toBe(5);
    // A v4 store's log: approvals without a key id, a registration without keys.
    expect(loggedSchemaVersion([entry('moeder_registreret', { reason: 'migrering', fromVersion: 3, toVersion: 4 }), entry('godkendt', { fingerprint: 'f', method: 'lokal' })])).toBe(4);
  });

  it('counts only what came after the last restore from a backup, which may put an older root file back to migrate again', () => {
    const log = [entry('moeder_registreret', { reason: 'migrering', fromVersion: 4, toVersion: 5 }), entry('godkendt', { keyId: 'k' }), entry('sikkerhedskopi_gendannet', { backupId: 'b' })];
    expect(loggedSchemaVersion(log)).toBe(0);
  });
});

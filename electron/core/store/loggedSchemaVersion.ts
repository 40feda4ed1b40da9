import type { AuditEntry } from '../audit/auditLog.ts';

/**
 * The newest schema version the audit log shows the store has been at, since
 * the last restore from a backup (which may put an older root file back, to be
 * migrated again). A root file that claims an older version was put back or
 * edited beside Referent: migrating it would log every key in its registry as
 * registered, a hand-written key among them.
 */
export function loggedSchemaVersion(entries: AuditEntry[]): number {
  const start = entries.findLastIndex((e) => e.action === 'sikkerhedskopi_gendannet');
  let version = 0;
  for (const e of entries.slice(start + 1)) {
    const d = e.details;
    if (e.action === 'moeder_registreret') {
      if (typeof d.schemaVersion === 'number') version = Math.max(version, d.schemaVersion);
      if (typeof d.toVersion === 'number') version = Math.max(version, d.toVersion);
      // Keys have been named in this entry since schema 5.
      if (Array.isArray(d.keys)) version = Math.max(version, 5);
    }
    // An answer signed by a registered key is a schema 5 answer.
    if ((e.action === 'godkendt' || e.action === 'afvist' || e.action === 'svar_importeret') && typeof d.keyId === 'string') version = Math.max(version, 5);
  }
  return version;
}

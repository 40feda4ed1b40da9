import type { Committee } from '../../../shared/domain/committee.ts';
import { sameSignerName, type SignerKeyEntry } from '../../../shared/domain/signerKeys.ts';
import type { AuditEntry } from '../audit/auditLog.ts';
import { keyIdOf } from '../approval/keyVault.ts';

/** A registered key as the log names it at seeding or migration: whose it is, the key and its id. */
export type LoggedKey = { committeeId: string; memberId?: string; substitute?: string; publicKey: string; keyId: string; retired?: true };

/** Every key in the registry (current and retired), for the log to name and `check` to find there. */
export function registeredKeyList(committees: Committee[]): LoggedKey[] {
  const list: LoggedKey[] = [];
  for (const committee of committees) {
    const add = (who: { memberId: string } | { substitute: string }, entry: SignerKeyEntry) => {
      if (entry.publicKey) list.push({ committeeId: committee.id, ...who, publicKey: entry.publicKey, keyId: keyIdOf(entry.publicKey) });
      for (const k of entry.retiredKeys ?? []) list.push({ committeeId: committee.id, ...who, publicKey: k.publicKey, keyId: keyIdOf(k.publicKey), retired: true });
    };
    for (const m of committee.members) add({ memberId: m.id }, m);
    for (const s of committee.substitutes ?? []) add({ substitute: s.name }, s);
  }
  return list;
}

/** The ids of the keys the log saw registered: one by one, and those named at seeding or migration. */
export function loggedKeyIds(entries: AuditEntry[]): Set<string> {
  const ids = new Set<string>();
  for (const e of entries) {
    if (e.action === 'noegle_registreret') {
      if (typeof e.details.keyId === 'string') ids.add(e.details.keyId);
      else if (typeof e.details.publicKey === 'string') ids.add(keyIdOf(e.details.publicKey));
    }
    if (e.action === 'moeder_registreret' && Array.isArray(e.details.keys)) {
      for (const k of e.details.keys as unknown[]) if (k && typeof (k as LoggedKey).keyId === 'string') ids.add((k as LoggedKey).keyId);
    }
  }
  return ids;
}

/**
 * The public keys the log registered, put back on committees rebuilt from the
 * meeting files after referent.json was lost with no backup: the registry is
 * what approvals are checked against. The sealed private halves are gone with
 * the file, so a signer replaces their key (with a reason) to approve here again.
 */
export function restoreKeysFromLog(committees: Committee[], entries: AuditEntry[]): Committee[] {
  const current = new Map<string, string>();
  const whoKey = (committeeId: unknown, memberId: unknown, substitute: unknown) => `${String(committeeId)}|${typeof memberId === 'string' ? memberId : `#${String(substitute).toLocaleLowerCase('da')}`}`;
  for (const e of entries) {
    if (e.action === 'moeder_registreret' && Array.isArray(e.details.keys)) {
      for (const k of e.details.keys as LoggedKey[]) if (!k.retired && typeof k.publicKey === 'string') current.set(whoKey(k.committeeId, k.memberId, k.substitute), k.publicKey);
    }
    if (e.action === 'noegle_registreret' && typeof e.details.publicKey === 'string') current.set(whoKey(e.details.committeeId, e.details.memberId, e.details.substitute), e.details.publicKey);
  }
  return committees.map((c) => {
    const members = c.members.map((m) => {
      const key = current.get(whoKey(c.id, m.id, undefined));
      return key ? { ...m, publicKey: key } : m;
    });
    const substitutes = [...current].filter(([who]) => who.startsWith(`${c.id}|#`)).map(([who, publicKey]) => {
      const known = (c.substitutes ?? []).find((s) => sameSignerName(s.name, who.slice(c.id.length + 2)));
      return { ...(known ?? { name: who.slice(c.id.length + 2) }), publicKey };
    });
    return { ...c, members, ...(substitutes.length ? { substitutes } : {}) };
  });
}

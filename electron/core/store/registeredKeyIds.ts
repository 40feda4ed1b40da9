import type { Committee } from '../../../shared/domain/committee.ts';
import { registeredKeys } from '../../../shared/domain/signerKeys.ts';
import { keyIdOf } from '../approval/keyVault.ts';

/** The id of every key in the registry (current and retired), for the log to name and `check` to find there. */
export function registeredKeyIds(committees: Committee[]): string[] {
  const ids = new Set<string>();
  for (const committee of committees) {
    for (const entry of [...committee.members, ...(committee.substitutes ?? [])]) for (const key of registeredKeys(entry)) ids.add(keyIdOf(key));
  }
  return [...ids].sort();
}

import { SCHEMA_VERSION } from '../../../shared/domain/storeSchema.ts';

/** A stored data directory in raw form, before validation against the current schema. */
export type RawStore = {
  root: Record<string, unknown>;
  meetings: Record<string, unknown>[];
};

/**
 * `migrations[n]` turns a version-n store into a version-(n+1) store. One entry
 * per schema version, each with a fixture test (tests/unit/store/migrations.test.ts).
 * Schema version 1 is the first released shape, so nothing migrates yet.
 */
export const migrations: Record<number, (store: RawStore) => RawStore> = {};

export function migrate(store: RawStore, fromVersion: number): RawStore {
  let current = store;
  for (let v = fromVersion; v < SCHEMA_VERSION; v += 1) {
    const step = migrations[v];
    if (!step) throw new Error(`Mangler migrering fra skemaversion ${v}`);
    current = step(current);
  }
  return current;
}

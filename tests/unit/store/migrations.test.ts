import { describe, expect, it } from 'vitest';
import { migrate, migrations } from '../../../electron/core/store/migrations.ts';
import { SCHEMA_VERSION } from '../../../shared/domain/storeSchema.ts';

describe('migrations', () => {
  it('has exactly one migration per schema version below the current one', () => {
    const expected = Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => String(i + 1));
    expect(Object.keys(migrations).sort()).toEqual(expected);
  });

  it('leaves a store of the current version untouched', () => {
    const store = { root: { schemaVersion: SCHEMA_VERSION, committees: [] }, meetings: [] };
    expect(migrate(store, SCHEMA_VERSION)).toBe(store);
  });
});

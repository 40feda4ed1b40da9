import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortFingerprint } from '../../../electron/core/approval/fingerprint.ts';
import { sha256Canonical } from '../../../electron/core/hash/sha256Canonical.ts';

function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, seed));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const rotated = entries.length ? [...entries.slice(seed % entries.length), ...entries.slice(0, seed % entries.length)].reverse() : entries;
    return Object.fromEntries(rotated.map(([k, v]) => [k, shuffleKeys(v, seed + 1)]));
  }
  return value;
}

describe('fingerprint', () => {
  it('does not change when JSON keys are reordered', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(50), (value, seed) => {
        expect(sha256Canonical(shuffleKeys(value, seed))).toBe(sha256Canonical(value));
      }),
      { numRuns: 300 },
    );
  });

  it('changes when any string changes', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(sha256Canonical({ title: a })).not.toBe(sha256Canonical({ title: b }));
      }),
    );
  });

  it('prints a short form in groups of four', () => {
    expect(shortFingerprint('3f2a9c0177be04d1ffff')).toBe('3f2a 9c01 77be 04d1');
  });
});

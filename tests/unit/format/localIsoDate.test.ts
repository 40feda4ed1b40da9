import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../shared/format/dates.ts';

describe('localIsoDate', () => {
  it('gives the calendar date on the machine clock, with fixed-width digits', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});

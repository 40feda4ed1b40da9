import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../shared/format/parseDate.ts';

describe('a typed date', () => {
  it('reads Danish and ISO forms', () => {
    expect(parseDate('16-03-2026')).toEqual({ kind: 'ok', iso: '2026-03-16' });
    expect(parseDate(' 1.3.2026 ')).toEqual({ kind: 'ok', iso: '2026-03-01' });
    expect(parseDate('2026-03-16')).toEqual({ kind: 'ok', iso: '2026-03-16' });
    expect(parseDate('29-02-2028')).toEqual({ kind: 'ok', iso: '2028-02-29' });
  });

  it('tells a complete date that does not exist from an unfinished one', () => {
    expect(parseDate('31-02-2026')).toEqual({ kind: 'noSuchDay', day: 31, month: 2, year: 2026, daysInMonth: 28 });
    expect(parseDate('29-02-2026')).toMatchObject({ kind: 'noSuchDay', daysInMonth: 28 });
    expect(parseDate('10-13-2026')).toEqual({ kind: 'noSuchMonth', month: 13 });
    expect(parseDate('28')).toEqual({ kind: 'incomplete' });
    expect(parseDate('28-02')).toEqual({ kind: 'incomplete' });
    expect(parseDate('')).toEqual({ kind: 'empty' });
  });
});

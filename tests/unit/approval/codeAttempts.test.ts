import { describe, expect, it } from 'vitest';
import { CodeAttempts } from '../../../electron/core/approval/codeAttempts.ts';

describe('CodeAttempts', () => {
  it('three wrong codes are free; then 5 s, 10 s, 20 s … up to 15 minutes; a right code clears it; keys count apart', () => {
    let clock = 0;
    const attempts = new CodeAttempts(() => clock);
    for (let i = 0; i < 3; i++) attempts.failed('k');
    expect(attempts.waitFor('k')).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      attempts.failed('k');
      waits.push(attempts.waitFor('k'));
      clock += attempts.waitFor('k');
    }
    expect(waits.slice(0, 4)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(Math.max(...waits)).toBe(15 * 60_000);
    expect(attempts.waitFor('andre')).toBe(0);
    attempts.succeeded('k');
    expect(attempts.waitFor('k')).toBe(0);
  });
});

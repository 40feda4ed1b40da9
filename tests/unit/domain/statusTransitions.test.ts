import { describe, expect, it } from 'vitest';
import { canSetStatusByHand, MANUAL_STATUS_STEPS } from '../../../shared/domain/statusTransitions.ts';
import { meetingStatusSchema } from '../../../shared/domain/meeting.ts';

describe('status transitions', () => {
  it('lets the secretary step between kladde, udsendt and afholdt, and back from afholdt only to udsendt', () => {
    expect(canSetStatusByHand('kladde', 'udsendt')).toBe(true);
    expect(canSetStatusByHand('kladde', 'afholdt')).toBe(true);
    expect(canSetStatusByHand('udsendt', 'kladde')).toBe(true);
    expect(canSetStatusByHand('udsendt', 'afholdt')).toBe(true);
    expect(canSetStatusByHand('afholdt', 'udsendt')).toBe(true);
    expect(canSetStatusByHand('afholdt', 'kladde')).toBe(false);
  });

  it('leaves til godkendelse and godkendt to the approval round', () => {
    for (const status of meetingStatusSchema.options) {
      expect(canSetStatusByHand(status, 'til_godkendelse')).toBe(false);
      expect(canSetStatusByHand(status, 'godkendt')).toBe(false);
    }
    expect(MANUAL_STATUS_STEPS.til_godkendelse).toEqual([]);
    expect(MANUAL_STATUS_STEPS.godkendt).toEqual([]);
  });
});

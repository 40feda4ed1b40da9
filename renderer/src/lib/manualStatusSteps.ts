import type { MeetingStatus } from '../../../shared/domain/meeting.ts';

export type ManualStatus = 'kladde' | 'udsendt' | 'afholdt';

/**
 * The steps a secretary takes by hand, as the service allows them
 * (meetingHandlers' MANUAL_TRANSITIONS; the service still checks every request).
 * Til godkendelse and godkendt belong to the approval round.
 */
export const MANUAL_STEPS: Record<MeetingStatus, ManualStatus[]> = {
  kladde: ['udsendt', 'afholdt'],
  udsendt: ['afholdt', 'kladde'],
  afholdt: ['udsendt'],
  til_godkendelse: [],
  godkendt: [],
};

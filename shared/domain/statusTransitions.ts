import type { MeetingStatus } from './meeting.ts';

/** The statuses a secretary sets by hand; til godkendelse and godkendt belong to the approval round. */
export const MANUAL_STATUSES = ['kladde', 'udsendt', 'afholdt'] as const;
export type ManualStatus = (typeof MANUAL_STATUSES)[number];

/**
 * Where each status may go by hand, in the order the meeting header offers the
 * steps. The service refuses any other change (meetings.setStatus).
 */
export const MANUAL_STATUS_STEPS: Record<MeetingStatus, readonly ManualStatus[]> = {
  kladde: ['udsendt', 'afholdt'],
  udsendt: ['afholdt', 'kladde'],
  afholdt: ['udsendt'],
  til_godkendelse: [],
  godkendt: [],
};

export function canSetStatusByHand(from: MeetingStatus, to: MeetingStatus): boolean {
  return (MANUAL_STATUS_STEPS[from] as readonly MeetingStatus[]).includes(to);
}

import type { Participant } from '../../../shared/domain/meeting.ts';
import { meetingText } from '../../../shared/i18n/meeting.da.ts';

/** Til stede, Afbud or Fraværende: a participant's attendance as every screen names it. */
export function attendanceLabel(attendance: Participant['attendance']): string {
  return meetingText.attendance[attendance];
}

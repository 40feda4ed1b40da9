import { api } from '../api/apiClient.ts';
import { summarizeMeeting, type Meeting, type MeetingSummary, type Participant } from '../../../shared/domain/meeting.ts';
import type { ManualStatus } from '../../../shared/domain/statusTransitions.ts';
import type { MeetingState } from '../data/useMeeting.ts';
import { saveKeys, type MeetingField } from '../save/saveKeys.ts';
import { saveTracker } from '../save/saveTracker.ts';
import { navigate } from '../shell/route.ts';
import { focusWhenReady } from '../ui/focus.ts';

/**
 * A meeting's own data: creating it, its date, time, place and first number,
 * its participants and its status. The agenda and the approval round have
 * commands of their own.
 */
export type NewMeeting = { committeeId: string; date: string; time: string; location: string };

/** Creates the meeting, opens it, and puts focus on its heading so the new page is announced. */
export async function createMeeting(input: NewMeeting, addMeeting: (summary: MeetingSummary) => void): Promise<void> {
  const meeting = await api.call('meetings.create', input);
  addMeeting(summarizeMeeting(meeting));
  navigate({ kind: 'meeting', meetingId: meeting.id, tab: 'dagsorden' });
  focusWhenReady('#meeting-heading');
}

const fieldPatch = (field: MeetingField, value: string) => (field === 'firstItemNumber' ? { firstItemNumber: Number(value) } : { [field]: value });

/** Debounced save of one header field as it is typed. */
export function scheduleMeetingField(meeting: Pick<Meeting, 'id'>, state: MeetingState, field: MeetingField, value: string): void {
  const patch = fieldPatch(field, value);
  saveTracker.schedule(saveKeys.meetingField(meeting.id, field), async () => state.apply(await api.call('meetings.update', { meetingId: meeting.id, ...patch })));
}

/** Sends a typed value at once (the field was left). */
export function flushMeetingField(meeting: Pick<Meeting, 'id'>, field: MeetingField): Promise<void> {
  return saveTracker.flush(saveKeys.meetingField(meeting.id, field));
}

/** Drops a value that must not be saved (an invalid date); the last valid one stays stored. */
export function cancelMeetingField(meeting: Pick<Meeting, 'id'>, field: MeetingField): void {
  saveTracker.cancel(saveKeys.meetingField(meeting.id, field));
}

/**
 * The participant list, shown at once and then saved; a refused change is
 * replaced by what is stored, so the screen never shows what was not saved.
 */
export async function saveParticipants(meeting: Pick<Meeting, 'id'>, state: MeetingState, participants: Participant[]): Promise<void> {
  state.applyLocal((m) => ({ ...m, participants }));
  try {
    state.apply(await saveTracker.run(saveKeys.participants(meeting.id), () => api.call('meetings.update', { meetingId: meeting.id, participants })));
  } catch (error) {
    void state.reload();
    throw error;
  }
}

/**
 * Moves the meeting to a status the secretary sets by hand. The pressed step
 * button goes away with the old status, so focus moves to the explanation of
 * the new one.
 */
export async function setMeetingStatus(meeting: Pick<Meeting, 'id'>, state: MeetingState, status: ManualStatus): Promise<void> {
  state.apply(await api.call('meetings.setStatus', { meetingId: meeting.id, status }));
  focusWhenReady('#status-explanation');
}

/** A historic (imported) referat reopened as a new draft meeting; the copy opens with focus on its heading. */
export async function createDraftCopy(meeting: Pick<Meeting, 'id'>, addMeeting: (summary: MeetingSummary) => void): Promise<void> {
  const copy = await api.call('meetings.draftCopy', { meetingId: meeting.id });
  addMeeting(summarizeMeeting(copy));
  navigate({ kind: 'meeting', meetingId: copy.id, tab: 'dagsorden' });
  focusWhenReady('#meeting-heading');
}

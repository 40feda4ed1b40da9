import { useEffect, useState } from 'react';
import { api } from '../api/apiClient.ts';
import type { MeetingSummary } from '../../../shared/domain/meeting.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { onSynced } from './syncEvents.ts';

export type CommitteeMeetingsState = { meetings?: MeetingSummary[]; error?: string };

/**
 * All of a committee's meetings, asked when a screen needs them (the committee's
 * page, the postpone dialog's choice of meeting) and again when sync brings changes.
 */
export function useCommitteeMeetings(committeeId: string): CommitteeMeetingsState {
  // Tagged with the committee asked for, so a page moved to another committee never shows the last one's meetings.
  const [state, setState] = useState<CommitteeMeetingsState & { of?: string }>({});
  const [round, setRound] = useState(0);
  useEffect(() => onSynced(() => setRound((n) => n + 1)), []);
  useEffect(() => {
    let live = true;
    api.call('meetings.list', { committeeId }).then(
      (meetings) => live && setState({ of: committeeId, meetings }),
      (error: unknown) => live && setState({ of: committeeId, error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [committeeId, round]);
  return state.of === committeeId ? { meetings: state.meetings, error: state.error } : {};
}

import { useEffect, useState } from 'react';
import { api } from '../api/apiClient.ts';
import type { MeetingSummary } from '../../../shared/domain/meeting.ts';
import { errorMessage } from '../api/errorMessage.ts';

export type CommitteeMeetingsState = { meetings?: MeetingSummary[]; error?: string };

/** A committee's meetings, asked once when a screen needs them (the postpone dialog's choice of meeting). */
export function useCommitteeMeetings(committeeId: string): CommitteeMeetingsState {
  const [state, setState] = useState<CommitteeMeetingsState>({});
  useEffect(() => {
    let live = true;
    api.call('meetings.list', { committeeId }).then(
      (meetings) => live && setState({ meetings }),
      (error: unknown) => live && setState({ error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [committeeId]);
  return state;
}

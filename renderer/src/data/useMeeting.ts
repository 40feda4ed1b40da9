import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/apiClient.ts';
import { summarizeMeeting, type Meeting } from '../../../shared/domain/meeting.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useAppDataContext } from './AppDataContext.ts';
import { onSynced } from './syncEvents.ts';

export type MeetingState = {
  meeting?: Meeting;
  loadError?: string;
  /** Every mutation answers with the whole meeting; only the newest answer may win. */
  apply(meeting: Meeting): void;
  /** Shows a change at once, before the server answers (attendance, say). */
  applyLocal(change: (meeting: Meeting) => Meeting): void;
  reload(): Promise<void>;
};

export function useMeeting(meetingId: string): MeetingState {
  const { putMeeting } = useAppDataContext();
  const [meeting, setMeeting] = useState<Meeting>();
  const [loadError, setLoadError] = useState<string>();

  const apply = useCallback(
    (next: Meeting) => {
      setMeeting((prev) => (!prev || prev.id !== next.id || next.updatedAt >= prev.updatedAt ? next : prev));
      putMeeting(summarizeMeeting(next));
    },
    [putMeeting],
  );

  const applyLocal = useCallback((change: (meeting: Meeting) => Meeting) => {
    setMeeting((prev) => (prev ? change(prev) : prev));
  }, []);

  const reload = useCallback(async () => {
    try {
      const loaded = await api.call('meetings.get', { meetingId });
      setMeeting(loaded);
      putMeeting(summarizeMeeting(loaded));
      setLoadError(undefined);
    } catch (error) {
      setLoadError(errorMessage(error));
    }
  }, [meetingId, putMeeting]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // A change to this meeting that arrived through sync: read again and shown, as a newer version.
  useEffect(
    () =>
      onSynced(({ meetings }) => {
        if (!meetings.includes(meetingId)) return;
        void api
          .call('meetings.get', { meetingId })
          .then(apply)
          .catch(() => undefined);
      }),
    [meetingId, apply],
  );

  return { meeting, loadError, apply, applyLocal, reload };
}

import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/apiClient.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { MeetingSummary } from '../../../shared/domain/meeting.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { onSynced } from './syncEvents.ts';

export type AppData = {
  committees: Committee[];
  meetings: MeetingSummary[];
  loaded: boolean;
  loadError?: string;
  reload(): Promise<void>;
  putCommittee(committee: Committee): void;
  putMeeting(summary: MeetingSummary): void;
};

/** Committees and meeting summaries for the navigation, kept current by the views that change them. */
export function useAppData(): AppData {
  const [committees, setCommittees] = useState<Committee[]>([]);
  const [meetings, setMeetings] = useState<MeetingSummary[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string>();

  const reload = useCallback(async () => {
    try {
      const [c, m] = await Promise.all([api.call('committees.list', {}), api.call('meetings.list', {})]);
      setCommittees(c);
      setMeetings(m);
      setLoadError(undefined);
    } catch (error) {
      setLoadError(errorMessage(error));
    } finally {
      setLoaded(true);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);
  // Committees and meetings that arrived through sync join the navigation.
  useEffect(() => onSynced(() => void reload()), [reload]);

  const putCommittee = useCallback((committee: Committee) => {
    setCommittees((list) =>
      list.some((c) => c.id === committee.id) ? list.map((c) => (c.id === committee.id ? committee : c)) : [...list, committee],
    );
  }, []);

  const putMeeting = useCallback((summary: MeetingSummary) => {
    setMeetings((list) =>
      list.some((m) => m.id === summary.id) ? list.map((m) => (m.id === summary.id ? summary : m)) : [...list, summary],
    );
  }, []);

  return { committees, meetings, loaded, loadError, reload, putCommittee, putMeeting };
}

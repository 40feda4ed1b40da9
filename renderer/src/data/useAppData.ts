import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/apiClient.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { MeetingSummary } from '../../../shared/domain/meeting.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { localIsoDate } from '../../../shared/format/dates.ts';
import { onSynced } from './syncEvents.ts';

export type AppData = {
  committees: Committee[];
  /** The meetings the navigation shows (see `navigationMeetings`) and those opened or created since. */
  meetings: MeetingSummary[];
  /** How many meetings each committee has in all; its page lists them. */
  meetingTotals: ReadonlyMap<string, number>;
  loaded: boolean;
  loadError?: string;
  reload(): Promise<void>;
  putCommittee(committee: Committee): void;
  putMeeting(summary: MeetingSummary): void;
  /** A meeting just created (new, copied or imported): put, and counted in its committee's total. */
  addMeeting(summary: MeetingSummary): void;
};

/**
 * Committees and meeting summaries for the navigation, kept current by the views
 * that change them. The start asks for the navigation's overview, not every
 * meeting: an archive of thousands would cost the start its answer's size and
 * the sidebar thousands of links.
 */
export function useAppData(): AppData {
  const [committees, setCommittees] = useState<Committee[]>([]);
  const [meetings, setMeetings] = useState<MeetingSummary[]>([]);
  const [meetingTotals, setMeetingTotals] = useState<ReadonlyMap<string, number>>(new Map());
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string>();

  /**
   * Reads the navigation again. After sync (`keepOpened`), meetings already known beyond the overview stay: sync never
   * removes a meeting, and the one open on screen, perhaps years old, must stay marked where the secretary is (its own
   * view reads it again if sync changed it). After a restore everything is read anew, as the state itself was replaced.
   */
  const load = useCallback(async (keepOpened: boolean) => {
    try {
      const [c, overview] = await Promise.all([api.call('committees.list', {}), api.call('meetings.overview', { today: localIsoDate(new Date()) })]);
      setCommittees(c);
      setMeetings((known) => {
        if (!keepOpened) return overview.meetings;
        const fresh = new Set(overview.meetings.map((m) => m.id));
        return [...overview.meetings, ...known.filter((m) => !fresh.has(m.id))];
      });
      setMeetingTotals(new Map(overview.totals.map((t) => [t.committeeId, t.count])));
      setLoadError(undefined);
    } catch (error) {
      setLoadError(errorMessage(error));
    } finally {
      setLoaded(true);
    }
  }, []);
  const reload = useCallback(() => load(false), [load]);

  useEffect(() => {
    void reload();
  }, [reload]);
  // Committees and meetings that arrived through sync join the navigation.
  useEffect(() => onSynced(() => void load(true)), [load]);

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

  const addMeeting = useCallback(
    (summary: MeetingSummary) => {
      putMeeting(summary);
      setMeetingTotals((totals) => new Map(totals).set(summary.committeeId, (totals.get(summary.committeeId) ?? 0) + 1));
    },
    [putMeeting],
  );

  return { committees, meetings, meetingTotals, loaded, loadError, reload, putCommittee, putMeeting, addMeeting };
}

import { useCallback, useEffect, useRef, useState } from 'react';
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
   * Reads the navigation again. After a restore everything is read anew, as the state itself was replaced. After sync,
   * meetings already known beyond the overview stay (the one open on screen, perhaps years old, must stay marked where
   * the secretary is), except the summaries sync changed or deleted (`syncedAway`, the very objects known when sync
   * told): a meeting that still exists is read again by its own view and put back as a new summary, which stays.
   */
  const load = useCallback(async (syncedAway: ReadonlySet<MeetingSummary> | null) => {
    try {
      const [c, overview] = await Promise.all([api.call('committees.list', {}), api.call('meetings.overview', { today: localIsoDate(new Date()) })]);
      setCommittees(c);
      setMeetings((known) => {
        if (!syncedAway) return overview.meetings;
        const fresh = new Set(overview.meetings.map((m) => m.id));
        return [...overview.meetings, ...known.filter((m) => !fresh.has(m.id) && !syncedAway.has(m))];
      });
      setMeetingTotals(new Map(overview.totals.map((t) => [t.committeeId, t.count])));
      setLoadError(undefined);
    } catch (error) {
      setLoadError(errorMessage(error));
    } finally {
      setLoaded(true);
    }
  }, []);
  const reload = useCallback(() => load(null), [load]);
  const known = useRef(meetings);
  known.current = meetings;

  useEffect(() => {
    void reload();
  }, [reload]);
  // Committees and meetings that arrived through sync join the navigation; those it changed or deleted are read anew.
  useEffect(() => onSynced(({ meetings: changed }) => void load(new Set(known.current.filter((m) => changed.includes(m.id))))), [load]);

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

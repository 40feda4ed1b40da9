import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../../shared/domain/meeting.ts';
import { sortMeetingsNewestFirst } from '../../../renderer/src/shell/sortMeetings.ts';

const meeting = (date: string, time: string): MeetingSummary => ({ id: `${date} ${time}`, committeeId: 'a', date, time, location: '', itemCount: 0, status: 'kladde', approvals: 0, updatedAt: '' });

describe('sortMeetingsNewestFirst', () => {
  it('orders by date, then time, newest first, and leaves its input as it was', () => {
    const input = [meeting('2025-12-31', '09:00'), meeting('2026-01-05', '14:30'), meeting('2026-01-05', '08:00'), meeting('2024-06-01', '23:59')];
    const before = [...input];
    expect(sortMeetingsNewestFirst(input).map((m) => m.id)).toEqual(['2026-01-05 14:30', '2026-01-05 08:00', '2025-12-31 09:00', '2024-06-01 23:59']);
    expect(input).toEqual(before);
  });
});

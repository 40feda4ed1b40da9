import type { Committee } from './committee.ts';
import type { Meeting } from './meeting.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every item's printed number, in order: main items count on from the meeting's
 * first number; a sub-item takes the main item above it and a letter (`12.a`,
 * `12.b`). Closed items are numbered like any other.
 */
export function itemLabels(meeting: Pick<Meeting, 'firstItemNumber' | 'items'>): string[] {
  let main = meeting.firstItemNumber - 1;
  let sub = 0;
  return meeting.items.map((item) => {
    if (item.subItem && main >= meeting.firstItemNumber) {
      const letter = LETTERS[sub] ?? `${sub + 1}`;
      sub += 1;
      return `${main}.${letter}`;
    }
    main += 1;
    sub = 0;
    return String(main);
  });
}

export function itemLabel(meeting: Pick<Meeting, 'firstItemNumber' | 'items'>, index: number): string {
  return itemLabels(meeting)[index] ?? String(meeting.firstItemNumber + index);
}

/** The number after a meeting's last main item. */
export function nextNumberAfter(meeting: Pick<Meeting, 'firstItemNumber' | 'items'>): number {
  return meeting.firstItemNumber + meeting.items.filter((i) => !i.subItem).length;
}

/**
 * Where a new meeting's numbering starts. Per meeting: the template's start
 * number. Running on: after the last number used by the committee's latest
 * earlier meeting in the same calendar year, or the start number for the year's first meeting.
 */
export function firstNumberForNewMeeting(committee: Committee, date: string, existing: Pick<Meeting, 'committeeId' | 'date' | 'time' | 'firstItemNumber' | 'items'>[]): number {
  const { mode, startNumber } = committee.template.numbering;
  if (mode === 'perMoede') return startNumber;
  const year = date.slice(0, 4);
  const earlier = existing
    .filter((m) => m.committeeId === committee.id && m.date.slice(0, 4) === year && m.date <= date)
    .sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
  const last = earlier.at(-1);
  return last ? Math.max(startNumber, nextNumberAfter(last)) : startNumber;
}

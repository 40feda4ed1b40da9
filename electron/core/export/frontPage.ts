import { Paragraph, Tab, TextRun } from 'docx';
import type { Committee } from '../../../shared/domain/committee.ts';
import { memberDisplayName } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { formatDateShort, formatMeetingDateLong } from '../../../shared/format/dates.ts';
import type { Attendance } from './attendance.ts';
import { STYLE } from './styles.ts';
import { textRuns } from './textRuns.ts';

export function referatTitle(committee: Committee, meeting: Pick<Meeting, 'date'>): string {
  return `REFERAT ${committee.name} d. ${formatDateShort(meeting.date)}`;
}

function frontLine(label: string, value: string): Paragraph {
  return new Paragraph({
    style: STYLE.frontLine,
    children: [new TextRun({ text: label, bold: true }), new TextRun({ children: [new Tab()] }), ...textRuns(value)],
  });
}

/** Title and the Mødedato / Mødested / Mødedeltagere block, as on the first page of the published protocols. */
export function frontPage(committee: Committee, meeting: Meeting, attendance: Attendance): Paragraph[] {
  const names = (members: Attendance['til_stede']): string => members.map(memberDisplayName).join(', ');
  const lines: [string, string][] = [
    ['Mødedato', formatMeetingDateLong(meeting.date, meeting.time)],
    ['Mødested', meeting.location.trim()],
    ['Mødedeltagere', names(attendance.til_stede)],
    ['Afbud', names(attendance.afbud)],
    ['Fraværende', names(attendance.fravaerende)],
  ];
  return [
    new Paragraph({ style: 'Title', children: textRuns(referatTitle(committee, meeting)) }),
    ...lines.filter(([, value]) => value !== '').map(([label, value]) => frontLine(label, value)),
  ];
}

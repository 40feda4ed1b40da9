import { Paragraph, Tab, TextRun } from 'docx';
import type { Committee } from '../../../shared/domain/committee.ts';
import { memberDisplayName } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { formatDateShort, formatMeetingDateLong } from '../../../shared/format/dates.ts';
import { substitutesOf, substituteText, type Attendance } from './attendance.ts';
import { variantLabel, type ReferatVariant } from './exportOptions.ts';
import { logoParagraph, parseLogo } from './logo.ts';
import { STYLE } from './styles.ts';
import { textRuns } from './textRuns.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

/** `REFERAT <udvalg> d. DD-MM-YYYY` or `DAGSORDEN <udvalg> d. DD-MM-YYYY`. */
export function referatTitle(committee: Pick<Committee, 'name'>, meeting: Pick<Meeting, 'date'>, variant: ReferatVariant = 'referat'): string {
  return documentText.title(variantLabel(variant).toLocaleUpperCase('da-DK'), committee.name, formatDateShort(meeting.date));
}

/**
 * The title as printed: the date never breaks inside itself nor leaves its
 * `d.` behind (`d. 23-02-` / `2026` with a long body name): a no-break space
 * after `d.` and non-breaking hyphens in the date. The title in the file's
 * properties keeps plain characters.
 */
export function printedTitle(committee: Pick<Committee, 'name'>, meeting: Pick<Meeting, 'date'>, variant: ReferatVariant = 'referat'): string {
  const date = formatDateShort(meeting.date).replace(/-/g, '\u2011');
  return `${variantLabel(variant).toLocaleUpperCase('da-DK')} ${committee.name} d.\u00a0${date}`;
}

function frontLine(label: string, value: string): Paragraph {
  return new Paragraph({
    style: STYLE.frontLine,
    children: [new TextRun({ text: label, bold: true }), new TextRun({ children: [new Tab()] }), ...textRuns(value)],
  });
}

/** The template's logo, then the title and the Mødedato / Mødested / Mødedeltagere block, as on the first page of the published protocols. */
export function frontPage(committee: Committee, meeting: Meeting, attendance: Attendance, variant: ReferatVariant = 'referat'): Paragraph[] {
  const t = documentText.front;
  const logo = parseLogo(committee.template.logo);
  const names = (members: Attendance['til_stede']): string => members.map(memberDisplayName).join(', ');
  const lines: [string, string][] = [
    [t.date, formatMeetingDateLong(meeting.date, meeting.time)],
    [t.location, meeting.location.trim()],
    // A stedfortræder met, so is listed with those present; the member stood in for stays under Afbud / Fraværende.
    [t.participants, [...attendance.til_stede.map(memberDisplayName), ...substitutesOf(committee, meeting).map(substituteText)].join(', ')],
    [t.absent, names(attendance.afbud)],
    [t.away, names(attendance.fravaerende)],
  ];
  return [
    ...(logo ? [logoParagraph(logo, t.logoAlt(committee.name))] : []),
    new Paragraph({ style: 'Title', children: textRuns(printedTitle(committee, meeting, variant)) }),
    ...lines.filter(([, value]) => value !== '').map(([label, value]) => frontLine(label, value)),
  ];
}

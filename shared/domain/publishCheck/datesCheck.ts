import { publishCheckText as t } from '../../i18n/publishCheck.da.ts';
import { formatDateShort, formatTimestamp } from '../../format/dates.ts';
import { memberDisplayName } from '../committee.ts';
import { itemLabels } from '../numbering.ts';
import { docToPlainText } from '../../text/richText.ts';
import { atItem } from './printedText.ts';
import type { CheckInput, Finding } from './types.ts';

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** `03-02-2026`, `3.2.2026`, `3. februar 2026` → `2026-02-03`; a written date that is no date is left alone. */
const DATE = new RegExp(`(\\d{1,2})(?:[-.](\\d{1,2})[-.]|\\.?\\s+(${MONTHS.join('|')})\\s+)(\\d{4})`, 'gi');

export function datesIn(text: string): { text: string; iso: string }[] {
  return [...text.matchAll(DATE)].flatMap((m) => {
    const day = Number(m[1]);
    const month = m[2] ? Number(m[2]) : MONTHS.indexOf(m[3]!.toLowerCase()) + 1;
    const year = Number(m[4]);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return [];
    return [{ text: m[0], iso: date.toISOString().slice(0, 10) }];
  });
}

const LOCAL = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant as `YYYY-MM-DD HH:MM` in Danish time, to compare with the meeting's wall-clock start. */
function localMinute(iso: string): string | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : LOCAL.format(date).replace('T', ' ');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * 6. Dates that disagree with the meeting date: the printed decision heading
 * takes the meeting's date, but a heading typed or pasted into the text
 * (`Beslutning i <udvalget> den 12-03-2026`) does not, in the Procedure's line for this committee
 * (`Organisations- og Beredskabsudvalget den 3. februar 2026.`), in the
 * postponements; and approvals, or the sending for approval, dated before the
 * meeting began. Errors.
 */
export function datesCheck({ committee, meeting, variant }: CheckInput): Finding[] {
  const findings: Finding[] = [];
  const labels = itemLabels(meeting);
  const meetingDate = formatDateShort(meeting.date);
  // This committee's own line: `Beslutning i <udvalget> den …`, or `<udvalget> den …` in the Procedure.
  const ownLine = new RegExp(`^\\s*(?:beslutning i\\s+)?${escape(committee.name.trim())}\\s+den\\s+(.+)$`, 'i');
  meeting.items.forEach((item, index) => {
    const label = labels[index]!;
    const push = (field: Finding['field'], where: string, found: string, sectionId?: string) =>
      findings.push({ rule: 'datoer', severity: 'fejl', itemId: item.id, ...(sectionId ? { sectionId } : {}), field, message: atItem(label, t.dateDisagrees(where, found, meetingDate)) });
    if (variant === 'referat') {
      for (const section of item.sections) {
        const procedure = /^procedure$/i.test(section.title.trim());
        for (const line of docToPlainText(section.body).split('\n')) {
          const own = ownLine.exec(line);
          if (!own || (!procedure && !/^\s*beslutning i/i.test(line))) continue;
          const [first] = datesIn(own[1]!);
          if (first && first.iso !== meeting.date) push('section', t.fields.section(section.title), first.text, section.id);
        }
      }
    }
    if (item.postponedTo && /^\d{4}-\d{2}-\d{2}$/.test(item.postponedTo.date) && item.postponedTo.date < meeting.date) {
      findings.push({ rule: 'datoer', severity: 'fejl', itemId: item.id, field: 'postponement', message: atItem(label, t.postponedToEarlier(formatDateShort(item.postponedTo.date))) });
    }
    if (item.postponedFrom && /^\d{4}-\d{2}-\d{2}$/.test(item.postponedFrom.date) && item.postponedFrom.date > meeting.date) {
      findings.push({ rule: 'datoer', severity: 'fejl', itemId: item.id, field: 'postponement', message: atItem(label, t.postponedFromLater(formatDateShort(item.postponedFrom.date))) });
    }
  });
  if (variant === 'referat') {
    const start = `${meeting.date} ${meeting.time}`;
    const before = (iso: string) => {
      const local = localMinute(iso);
      return local !== undefined && local < start;
    };
    if (meeting.approvalRound && before(meeting.approvalRound.sentAt)) {
      findings.push({ rule: 'datoer', severity: 'fejl', field: 'approval', message: `${t.meeting}: ${t.sentBeforeMeeting(formatTimestamp(meeting.approvalRound.sentAt))}` });
    }
    for (const approval of meeting.approvals) {
      if (!before(approval.approvedAt)) continue;
      const member = committee.members.find((m) => m.id === approval.memberId);
      findings.push({
        rule: 'datoer',
        severity: 'fejl',
        field: 'approval',
        message: `${t.meeting}: ${t.approvalBeforeMeeting(member ? memberDisplayName(member) : approval.memberId, formatTimestamp(approval.approvedAt))}`,
      });
    }
  }
  return findings;
}

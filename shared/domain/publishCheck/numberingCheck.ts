import { publishCheckText as t } from '../../i18n/publishCheck.da.ts';
import { firstNumberForNewMeeting, itemLabels } from '../numbering.ts';
import { atItem, printedPieces } from './printedText.ts';
import type { CheckInput, Finding } from './types.ts';

/** `punkt 7`, `punkt 12.a`; not `bilag punkt 7` (a point in a bilag) nor `Dagsordenspunkt 220` (another meeting's). */
const ITEM_REFERENCE = /(?<![\p{L}-])(?<!bilag\s)punkt(?:erne)?\s+(\d{1,5}(?:\.[a-z])?)(?![\d\p{L}])/giu;

/**
 * 4. Gaps or duplicates in the numbering, and `punkt N` in the text pointing
 * at no item of this meeting: warnings. Items number themselves, so a gap or
 * a duplicate shows where numbers run on through the year: this meeting must
 * start after the committee's previous meeting. A title that starts with its
 * own number prints the number twice.
 */
export function numberingCheck({ committee, meeting, variant, audience, otherMeetings }: CheckInput): Finding[] {
  const findings: Finding[] = [];
  if (otherMeetings && committee.template.numbering.mode === 'loebende' && meeting.items.length > 0) {
    const others = otherMeetings.filter((m) => m.id !== meeting.id && (m.date < meeting.date || (m.date === meeting.date && m.time < meeting.time)));
    const hasEarlier = others.some((m) => m.committeeId === committee.id && m.date.slice(0, 4) === meeting.date.slice(0, 4));
    const expected = firstNumberForNewMeeting(committee, meeting.date, others);
    if (hasEarlier && meeting.firstItemNumber !== expected) {
      findings.push({
        rule: 'nummerering',
        severity: 'advarsel',
        field: 'firstItemNumber',
        message: `${t.meeting}: ${meeting.firstItemNumber > expected ? t.numberingGap(expected, meeting.firstItemNumber) : t.numberingOverlap(expected, meeting.firstItemNumber)}`,
      });
    }
  }
  const labels = itemLabels(meeting);
  meeting.items.forEach((item, index) => {
    if (/^(punkt\s*)?\d+(\.[a-z])?\s*[.:)]\s/i.test(item.title.trim())) {
      findings.push({ rule: 'nummerering', severity: 'advarsel', itemId: item.id, field: 'title', message: atItem(labels[index]!, t.titleNumbered) });
    }
  });
  const known = new Set(labels);
  const seen = new Set<string>();
  for (const piece of printedPieces(committee, meeting, variant, audience)) {
    if (piece.field === 'attachment') continue;
    for (const match of piece.text.matchAll(ITEM_REFERENCE)) {
      const number = match[1]!.toLowerCase();
      // `Tiltrådte indstillingen, idet punkt 2 og 3 blev byttet rundt`: the points of the indstilling, not items.
      const sentence = piece.text.slice(0, match.index).split(/[.!?\n]\s/).at(-1) ?? '';
      if (/indstilling/i.test(sentence)) continue;
      const key = `${piece.itemId}|${piece.sectionId}|${number}`;
      if (known.has(number) || seen.has(key)) continue;
      seen.add(key);
      findings.push({
        rule: 'nummerering',
        severity: 'advarsel',
        itemId: piece.itemId,
        ...(piece.sectionId ? { sectionId: piece.sectionId } : {}),
        field: piece.field,
        message: atItem(piece.itemLabel, t.danglingItemReference(piece.where, number)),
      });
    }
  }
  return findings;
}

import { HeadingLevel, Paragraph } from 'docx';
import type { Committee } from '../../../shared/domain/committee.ts';
import { memberDisplayName } from '../../../shared/domain/committee.ts';
import type { AgendaItem } from '../../../shared/domain/meeting.ts';
import { membersById } from './memberNames.ts';
import { textRuns } from './textRuns.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

/**
 * The protokolbemærkninger under the decision: a small heading (Heading 3, a
 * level below the Beslutning heading they belong to) and `Navn (A): tekst`
 * per remark. A remark whose member the committee no longer knows still
 * prints its text: a member's remark to the protocol must never vanish.
 */
export function protocolRemarks(item: Pick<AgendaItem, 'remarks'>, committee: Committee): Paragraph[] {
  if (item.remarks.length === 0) return [];
  const members = membersById(committee);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: textRuns(documentText.remarks(item.remarks.length)) }),
    ...item.remarks.map((remark) => {
      const member = members.get(remark.memberId);
      return new Paragraph({
        children: [...(member ? textRuns(`${memberDisplayName(member)}: `, { bold: true }) : []), ...textRuns(remark.text.trim())],
      });
    }),
  ];
}

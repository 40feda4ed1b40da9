import type { AgendaItem, Meeting } from '../meeting.ts';
import type { Committee } from '../committee.ts';
import { itemLabels } from '../numbering.ts';
import { closedReasonText } from '../votes.ts';
import { docToPlainText, isDocEmpty } from '../../text/richText.ts';
import { publishCheckText as t } from '../../i18n/publishCheck.da.ts';
import type { CheckAudience, CheckVariant, FindingField } from './types.ts';

/** One piece of text a document prints, with where it stands (for the message and the editor's jump). */
export type PrintedPiece = {
  itemId: string;
  itemLabel: string;
  field: FindingField;
  sectionId?: string;
  attachmentId?: string;
  /** `afsnittet »Sagsfremstilling«`, for the message. */
  where: string;
  text: string;
};

const CLOSED_PREFIX = /^lukket\s*:/i;

/** The title as the document prints it: a closed item's public title in the public version, else `Lukket: <titel>`. */
export function printedItemTitle(item: Pick<AgendaItem, 'title' | 'closed' | 'publicTitle'>, audience: CheckAudience): { text: string; field: 'title' | 'publicTitle' } {
  if (item.closed && audience === 'offentlig' && item.publicTitle.trim() !== '') return { text: item.publicTitle.trim(), field: 'publicTitle' };
  const title = item.title.trim();
  return { text: item.closed && !CLOSED_PREFIX.test(title) ? `Lukket: ${title}` : title, field: 'title' };
}

/**
 * Every piece of text the referat or dagsorden prints for its audience, item
 * by item: titles, sections, bilag names, the notes under the decision, the
 * case flow and a closed item's reason. The public version shows a closed
 * item by title and case number only, and no closed bilag. Mirrors what the
 * export prints (electron/core/export/agendaItemBlocks.ts).
 */
export function printedPieces(committee: Committee, meeting: Meeting, variant: CheckVariant, audience: CheckAudience): PrintedPiece[] {
  const labels = itemLabels(meeting);
  const nameOf = (id: string) => committee.members.find((m) => m.id === id)?.name ?? '';
  return meeting.items.flatMap((item, index): PrintedPiece[] => {
    const itemLabel = labels[index]!;
    const base = { itemId: item.id, itemLabel };
    const title = printedItemTitle(item, audience);
    const pieces: PrintedPiece[] = [{ ...base, field: title.field, where: title.field === 'title' ? t.fields.title : t.fields.publicTitle, text: title.text }];
    if (item.closed && audience === 'offentlig') return pieces;
    if (item.closed && item.closedReason) pieces.push({ ...base, field: 'closedReason', where: t.fields.closedReason, text: closedReasonText(item.closedReason) });
    for (const section of item.sections) {
      if (isDocEmpty(section.body)) continue;
      if (section.kind === 'beslutning' && variant === 'dagsorden') continue;
      pieces.push(
        { ...base, field: 'sectionTitle', sectionId: section.id, where: t.fields.sectionTitle(section.title), text: section.title },
        { ...base, field: 'section', sectionId: section.id, where: t.fields.section(section.title), text: docToPlainText(section.body) },
      );
    }
    if (item.caseFlow) pieces.push({ ...base, field: 'caseFlow', where: t.fields.caseFlow, text: [...item.caseFlow.bodies, ...item.caseFlow.steps.map((s) => s.step)].join('\n') });
    if (variant === 'referat') {
      for (const remark of item.remarks) pieces.push({ ...base, field: 'remark', where: t.fields.remark, text: remark.text });
      for (const absence of item.absences) if (absence.note.trim()) pieces.push({ ...base, field: 'absence', where: t.fields.absence, text: `${nameOf(absence.memberId)} ${absence.note}` });
    }
    for (const attachment of item.attachments) {
      if (audience === 'offentlig' && attachment.closed) continue;
      pieces.push({ ...base, field: 'attachment', attachmentId: attachment.id, where: t.fields.attachment(attachment.name), text: attachment.name });
    }
    return pieces;
  });
}

/** `Punkt 12: <message>`. */
export function atItem(itemLabel: string, message: string): string {
  return `${t.item(itemLabel)}: ${message}`;
}

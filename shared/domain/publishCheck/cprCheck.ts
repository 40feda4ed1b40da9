import { publishCheckText as t } from '../../i18n/publishCheck.da.ts';
import { itemLabels } from '../numbering.ts';
import { findCprNumbers, maskCpr } from './patterns.ts';
import { atItem, printedPieces, type PrintedPiece } from './printedText.ts';
import type { CheckInput, Finding } from './types.ts';

/**
 * 1. CPR numbers in any text of the public version, in any title (a closed
 * item's real title too) and in any bilag name (closed ones too): an error,
 * whatever the audience asked for, since the public version is what gets out.
 */
export function cprCheck({ committee, meeting, variant }: CheckInput): Finding[] {
  const labels = itemLabels(meeting);
  const pieces: PrintedPiece[] = printedPieces(committee, meeting, variant, 'offentlig');
  meeting.items.forEach((item, index) => {
    const base = { itemId: item.id, itemLabel: labels[index]! };
    pieces.push({ ...base, field: 'title', where: t.fields.title, text: item.title });
    if (item.publicTitle) pieces.push({ ...base, field: 'publicTitle', where: t.fields.publicTitle, text: item.publicTitle });
    for (const a of item.attachments) pieces.push({ ...base, field: 'attachment', attachmentId: a.id, where: t.fields.attachment(a.name), text: a.name });
  });
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const piece of pieces) {
    for (const match of findCprNumbers(piece.text)) {
      const key = [piece.itemId, piece.field, piece.sectionId, piece.attachmentId, match.text].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        rule: 'cpr',
        severity: 'fejl',
        itemId: piece.itemId,
        ...(piece.sectionId ? { sectionId: piece.sectionId } : {}),
        ...(piece.attachmentId ? { attachmentId: piece.attachmentId } : {}),
        field: piece.field,
        message: atItem(piece.itemLabel, t.cpr(piece.where, maskCpr(match.text))),
      });
    }
  }
  return findings;
}

import { publishCheckText as t } from '../../i18n/publishCheck.da.ts';
import { itemLabels } from '../numbering.ts';
import { atItem, printedPieces } from './printedText.ts';
import type { CheckInput, Finding } from './types.ts';

/** `bilag 3`, `Bilag 1-7`, `bilag 2 og 4`, `bilag 1, 2 og 3`: every number named. */
const REFERENCE = /(?<![\p{L}-])bilag\s+(\d{1,3}(?:\s*(?:-|–|til)\s*\d{1,3})?(?:\s*(?:,|og|samt)\s*\d{1,3}(?:\s*(?:-|–)\s*\d{1,3})?)*)(?![\d\p{L}])/giu;

export function bilagNumbersIn(text: string): number[] {
  return [...text.matchAll(REFERENCE)].flatMap((m) =>
    m[1]!.split(/\s*(?:,|og|samt)\s*/).flatMap((part) => {
      const [from, to] = part.split(/\s*(?:-|–|til)\s*/).map(Number);
      // A range reads as its ends: `bilag 1-7` needs a seventh.
      return to === undefined ? [from!] : [from!, to];
    }),
  );
}

/**
 * 7. A bilag the item's text refers to (`bilag 3`) that is not attached to the
 * item, and a bilag whose stored file is missing or altered (from the store,
 * as `bilagIntegrity`): errors. Only the bilag the document goes out with
 * count for the files: the public version leaves closed ones out.
 */
export function bilagCheck({ committee, meeting, variant, audience, bilagIntegrity }: CheckInput): Finding[] {
  const findings: Finding[] = [];
  const labels = itemLabels(meeting);
  const reported = new Set<string>();
  for (const piece of printedPieces(committee, meeting, variant, audience)) {
    if (piece.field === 'attachment' || piece.field === 'title' || piece.field === 'publicTitle') continue;
    const item = meeting.items.find((i) => i.id === piece.itemId)!;
    for (const number of bilagNumbersIn(piece.text)) {
      const key = `${piece.itemId}|${number}`;
      if (number <= item.attachments.length || number === 0 || reported.has(key)) continue;
      reported.add(key);
      findings.push({
        rule: 'bilag',
        severity: 'fejl',
        itemId: piece.itemId,
        ...(piece.sectionId ? { sectionId: piece.sectionId } : {}),
        field: piece.field,
        message: atItem(piece.itemLabel, t.bilagNotAttached(capitalize(piece.where), number, item.attachments.length)),
      });
    }
  }
  if (bilagIntegrity) {
    meeting.items.forEach((item, index) => {
      if (item.closed && audience === 'offentlig') return;
      for (const attachment of item.attachments) {
        if (!attachment.file || (attachment.closed && audience === 'offentlig')) continue;
        const state = bilagIntegrity[attachment.id];
        if (state !== 'mangler' && state !== 'aendret') continue;
        findings.push({
          rule: 'bilag',
          severity: 'fejl',
          itemId: item.id,
          attachmentId: attachment.id,
          field: 'attachment',
          message: atItem(labels[index]!, state === 'mangler' ? t.bilagMissing(attachment.name) : t.bilagAltered(attachment.name)),
        });
      }
    });
  }
  return findings;
}

const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase('da-DK') + s.slice(1);

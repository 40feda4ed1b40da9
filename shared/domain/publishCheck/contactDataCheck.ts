import { publishCheckText as t } from '../../i18n/publishCheck.da.ts';
import { findAddresses, findEmails, findPhoneNumbers, type Match } from './patterns.ts';
import { atItem, printedPieces } from './printedText.ts';
import type { CheckInput, Finding } from './types.ts';

/**
 * 8. Private persons' contact data in the public version's text: e-mail
 * addresses, eight-digit phone numbers, street addresses. Warnings: the check
 * cannot tell a citizen's address from the town hall's, the secretary can.
 */
export function contactDataCheck({ committee, meeting, variant }: CheckInput): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const kinds: [keyof typeof t.contact, (text: string) => Match[]][] = [
    ['email', findEmails],
    ['phone', findPhoneNumbers],
    ['address', findAddresses],
  ];
  for (const piece of printedPieces(committee, meeting, variant, 'offentlig')) {
    for (const [kind, find] of kinds) {
      for (const match of find(piece.text)) {
        const key = `${piece.itemId}|${piece.field}|${piece.sectionId}|${piece.attachmentId}|${match.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          rule: 'kontaktdata',
          severity: 'advarsel',
          itemId: piece.itemId,
          ...(piece.sectionId ? { sectionId: piece.sectionId } : {}),
          ...(piece.attachmentId ? { attachmentId: piece.attachmentId } : {}),
          field: piece.field,
          message: atItem(piece.itemLabel, t.contact[kind](piece.where, match.text)),
        });
      }
    }
  }
  return findings;
}

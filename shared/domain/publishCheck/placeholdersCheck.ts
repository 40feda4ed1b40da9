import { publishCheckText as t } from '../../i18n/publishCheck.da.ts';
import { itemLabels } from '../numbering.ts';
import { docToPlainText } from '../../text/richText.ts';
import { atItem, printedPieces } from './printedText.ts';
import type { CheckInput, Finding } from './types.ts';

/**
 * Left-over marks of a draft: `XX` (`kr. XX`, `den XX.XX`), `[indsæt …]`,
 * `<indsæt …>`, `TODO`, `[…]`, and `Udkast` standing as a mark (`UDKAST`,
 * `[Udkast]`, `Udkast:` at the start), not the word in a sentence.
 */
const PLACEHOLDERS = [
  /(?<![\p{L}\d])X{2,}(?![\p{L}\d])/gu,
  /[[<]\s*indsæt[^\]>\n]*[\]>]?/giu,
  /\b(?:TODO|FIXME)\b/g,
  /\[\s*(?:…|\.\.\.)\s*\]/g,
  /(?<![\p{L}])UDKAST(?![\p{L}])/gu,
  /[[(]\s*udkast\s*[\])]/giu,
  /^\s*udkast\s*(?::|$)/gimu,
];

/** A template's default text that tells the secretary what to write (`Skriv …`, `Angiv …`, `[…]`) rather than being text to keep, like `Intet at bemærke.`. */
function isHelpText(text: string): boolean {
  const trimmed = text.trim();
  return /^(skriv|angiv|beskriv|indsæt|udfyld|tilføj|anfør|uddyb|her (skrives|beskrives|angives|indsættes))\b/i.test(trimmed) || /[[<]|…|\?$/.test(trimmed);
}

/** 5. Template help text left unchanged, and placeholders anywhere the document prints: warnings. */
export function placeholdersCheck({ committee, meeting, variant, audience }: CheckInput): Finding[] {
  const findings: Finding[] = [];
  const labels = itemLabels(meeting);
  const help = new Map(committee.template.sections.filter((s) => s.defaultText.trim() !== '' && isHelpText(s.defaultText)).map((s) => [s.title.trim(), s.defaultText.trim()]));
  meeting.items.forEach((item, index) => {
    for (const section of item.sections) {
      const text = help.get(section.title.trim());
      if (text !== undefined && docToPlainText(section.body).trim() === text) {
        findings.push({ rule: 'pladsholder', severity: 'advarsel', itemId: item.id, sectionId: section.id, field: 'section', message: atItem(labels[index]!, t.helpTextLeft(section.title)) });
      }
    }
  });
  const seen = new Set<string>();
  for (const piece of printedPieces(committee, meeting, variant, audience)) {
    for (const pattern of PLACEHOLDERS) {
      for (const match of piece.text.matchAll(pattern)) {
        const found = match[0].trim();
        const key = `${piece.itemId}|${piece.field}|${piece.sectionId}|${piece.attachmentId}|${found}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          rule: 'pladsholder',
          severity: 'advarsel',
          itemId: piece.itemId,
          ...(piece.sectionId ? { sectionId: piece.sectionId } : {}),
          ...(piece.attachmentId ? { attachmentId: piece.attachmentId } : {}),
          field: piece.field,
          message: atItem(piece.itemLabel, t.placeholder(piece.where, found)),
        });
      }
    }
  }
  return findings;
}

import { BorderStyle, Bookmark, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Committee, Member } from '../../../shared/domain/committee.ts';
import { memberDisplayName } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { formatDateShort, formatTimestamp } from '../../../shared/format/dates.ts';
import { importText } from '../../../shared/i18n/import.da.ts';
import { SIGNATURE_BOOKMARK, SIGNATURE_TITLE } from './itemHeadings.ts';
import { TEXT_WIDTH } from './pageLayout.ts';
import type { Block } from './richTextToDocx.ts';
import { BODY_LINE_PT, exactSpacing, MUTED_COLOR, STYLE } from './styles.ts';
import { textRuns } from './textRuns.ts';
import { shortFingerprint } from '../approval/fingerprint.ts';
import type { SignatureLine, SignatureSheet } from '../approval/signatureSheet.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

export function signatureIntroText(committee: Committee): string {
  return documentText.signature.intro(committee.name);
}

const ROLE_LABEL: Partial<Record<Member['role'], string>> = documentText.signature.roles;

/**
 * `Godkendt 03-02-2026 kl. 15:42` when the signer's approval of exactly this
 * protocol verifies against their registered key (see signatureSheet.ts), or
 * `Ikke godkendt`: an unsigned, forged or outdated approval never prints as one.
 */
export function approvalText(line: Pick<SignatureLine, 'approvedAt'>): string {
  if (!line.approvedAt) return documentText.signature.notApproved;
  // A malformed timestamp must not stop the export; the approval itself still counts.
  return Number.isNaN(Date.parse(line.approvedAt)) ? documentText.signature.approved : documentText.signature.approvedAt(formatTimestamp(line.approvedAt));
}

const NAME_WIDTH = Math.round(TEXT_WIDTH * 0.58);
const STATUS_WIDTH = TEXT_WIDTH - NAME_WIDTH;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function signatureCell(children: Paragraph[], width: number, header = false): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 80, bottom: 80, left: 100, right: 100 },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EDF4' } } : {}),
  });
}

function muted(text: string): Paragraph {
  return new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text, color: MUTED_COLOR })] });
}

function signatureTable(lines: SignatureLine[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      signatureCell([new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: documentText.signature.colMember, bold: true })] })], NAME_WIDTH, true),
      signatureCell([new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: documentText.signature.colApproval, bold: true })] })], STATUS_WIDTH, true),
    ],
  });
  const rows = lines.map((line) => {
    const role = line.standsInFor ? documentText.signature.standsInFor(line.standsInFor) : ROLE_LABEL[line.role];
    const status = approvalText(line);
    return new TableRow({
      cantSplit: true,
      children: [
        signatureCell(
          [new Paragraph({ style: STYLE.tableText, children: textRuns(memberDisplayName(line), { bold: true }) }), ...(role ? [muted(role)] : [])],
          NAME_WIDTH,
        ),
        signatureCell(
          [
            new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: status, ...(status === documentText.signature.notApproved ? { color: MUTED_COLOR, italics: true } : {}) })] }),
            ...(line.approvedAt && line.keyFingerprint ? [muted(documentText.signature.key(line.keyFingerprint))] : []),
            ...(line.approvedAt && line.keyReason ? [muted(documentText.signature.keyReplaced(line.keyReason))] : []),
          ],
          STATUS_WIDTH,
        ),
      ],
    });
  });
  return new Table({
    rows: [header, ...rows],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [NAME_WIDTH, STATUS_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: NONE, right: NONE, insideHorizontal: LINE, insideVertical: NONE },
  });
}

/**
 * The approval statement and one line per member present. The intro is left
 * out when the secretary already wrote it into the Underskriftsside item.
 */
export function signatureBlock(committee: Committee, meeting: Meeting, sheet: SignatureSheet, options: { withIntro: boolean; fingerprint: string }): Block[] {
  // Approved outside Referent: no signature lines and no fingerprint, which would claim an approval made here.
  if (meeting.historic) return historicNote(meeting.historic.approvedOn);
  const blocks: Block[] = [];
  if (options.withIntro) blocks.push(new Paragraph({ children: textRuns(signatureIntroText(committee)) }));
  if (sheet.lines.length > 0) {
    blocks.push(new Paragraph({ spacing: exactSpacing(BODY_LINE_PT), children: [] }), signatureTable(sheet.lines));
  }
  blocks.push(
    new Paragraph({ spacing: exactSpacing(BODY_LINE_PT), children: [] }),
    new Paragraph({
      children: [
        new TextRun({ text: documentText.signature.fingerprint(shortFingerprint(options.fingerprint)), color: MUTED_COLOR }),
        new TextRun({ text: documentText.signature.fingerprintNote, color: MUTED_COLOR }),
      ],
    }),
    ...(sheet.auditHead ? [new Paragraph({ children: [new TextRun({ text: documentText.signature.auditHead(sheet.auditHead.seq, sheet.auditHead.short), color: MUTED_COLOR })] })] : []),
  );
  return blocks;
}

/** `Historisk – godkendt uden for Referent den 10-02-2026`, with a sentence saying what it means. */
export function historicNoteText(approvedOn: string | null): string {
  return approvedOn ? importText.historic.noteWithDate(formatDateShort(approvedOn)) : importText.historic.note;
}

function historicNote(approvedOn: string | null): Block[] {
  return [
    new Paragraph({ spacing: exactSpacing(BODY_LINE_PT), children: [] }),
    new Paragraph({ children: [new TextRun({ text: historicNoteText(approvedOn), bold: true })] }),
    new Paragraph({ children: [new TextRun({ text: importText.historic.explanation, color: MUTED_COLOR })] }),
  ];
}

/** A page of its own at the end, for meetings whose agenda has no Underskriftsside item. */
export function signaturePage(committee: Committee, meeting: Meeting, sheet: SignatureSheet, fingerprint: string): Block[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new Bookmark({ id: SIGNATURE_BOOKMARK, children: [new TextRun(SIGNATURE_TITLE)] })],
    }),
    new Paragraph({ spacing: exactSpacing(BODY_LINE_PT, 0, 120), children: [] }),
    ...signatureBlock(committee, meeting, sheet, { withIntro: true, fingerprint }),
  ];
}

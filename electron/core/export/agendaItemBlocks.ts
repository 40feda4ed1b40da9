import { Bookmark, HeadingLevel, Paragraph } from 'docx';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { AgendaItem, Meeting, Section } from '../../../shared/domain/meeting.ts';
import { docToPlainText, isDocEmpty } from '../../../shared/text/richText.ts';
import { absenceNotes } from './absenceNotes.ts';
import { caseFlowBlocks } from './caseFlowBlocks.ts';
import { decisionHeadingText, itemBookmark, itemHeadingText, isSignatureItem } from './itemHeadings.ts';
import type { ListNumbering } from './numbering.ts';
import { postponementNotes } from './postponementNotes.ts';
import { protocolRemarks } from './protocolRemarks.ts';
import { richTextToDocx, type Block } from './richTextToDocx.ts';
import { signatureBlock } from './signaturePage.ts';
import type { SignatureSheet } from '../approval/signatureSheet.ts';
import type { Attendance } from './attendance.ts';
import { BODY_LINE_PT, exactSpacing, STYLE } from './styles.ts';
import { textRuns } from './textRuns.ts';
import type { ExportOptions } from './exportOptions.ts';
import { recordText } from '../../../shared/i18n/record.da.ts';
import { closedReasonText } from '../../../shared/domain/votes.ts';
import { voteNotes } from './voteNotes.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';
import { isImportSource } from '../../../shared/domain/importSource.ts';

export type ItemContext = {
  committee: Committee;
  meeting: Meeting;
  attendance: Attendance;
  numbering: ListNumbering;
  /** The protocol's fingerprint: printed on the signature page, and only approvals of it print as approvals. */
  fingerprint: string;
  /** Who signs and which signatures stand, decided against the key registry (signatureSheet.ts). */
  signatures: SignatureSheet;
  options: ExportOptions;
};

const heading2 = (text: string): Paragraph => new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns(text) });

/** By default the Behandling / Sagsgang goes after the Indstilling, as in the Kalundborg protocols and template variants B and C. */
const isIndstilling = (section: Section): boolean => section.kind === 'tekst' && /^indstilling(er)?$/i.test(section.title.trim());

/**
 * One agenda item from a new page: `Punkt N: title`, case number, why it is
 * closed (full version), a note if it was postponed, its non-empty sections in
 * stored order with the Behandling / Sagsgang where the template puts it
 * (after the Indstilling by default, at the top when there is none), the vote,
 * attendance notes and protokolbemærkninger under the decision, the Bilag list.
 * The dagsorden leaves the decision, the attendance notes, the remarks and the
 * signatures out; the public version shows a closed item by its heading and
 * case number only, leaving everything else out.
 */
export function agendaItemBlocks(item: AgendaItem, index: number, ctx: ItemContext): Block[] {
  const { committee, meeting, numbering, options } = ctx;
  const blocks: Block[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new Bookmark({ id: itemBookmark(index), children: textRuns(itemHeadingText(meeting, item, index, options.audience)) })],
    }),
  ];
  if (item.caseNumber.trim() !== '') blocks.push(new Paragraph({ style: STYLE.caseNumber, children: textRuns(item.caseNumber.trim()) }));
  else blocks.push(new Paragraph({ spacing: exactSpacing(BODY_LINE_PT, 0, 120), children: [] }));
  if (item.closed && options.audience === 'offentlig') return blocks;
  if (item.closed && item.closedReason) blocks.push(new Paragraph({ style: STYLE.itemNote, children: textRuns(recordText.closedReasonLine(closedReasonText(item.closedReason))) }));
  blocks.push(...postponementNotes(item));

  const caseFlow = caseFlowBlocks(item.caseFlow, options.font);
  const placement = committee.template.caseFlowPlacement ?? 'efterIndstilling';
  const caseFlowAfter = placement === 'efterIndstilling' ? item.sections.findIndex(isIndstilling) : -2;
  if (placement === 'foerst' || caseFlowAfter === -1) blocks.push(...caseFlow);
  // What happened at the meeting belongs to the referat only; a dagsorden goes out before it.
  const notes = options.variant === 'referat' ? [...voteNotes(item, committee), ...absenceNotes(item, committee), ...protocolRemarks(item, committee)] : [];
  let notesPrinted = false;

  item.sections.forEach((section, i) => {
    const printed = !isDocEmpty(section.body) && !(section.kind === 'beslutning' && options.variant === 'dagsorden');
    if (printed) {
      blocks.push(heading2(section.kind === 'beslutning' ? decisionHeadingText(committee, meeting) : section.title));
      blocks.push(...richTextToDocx(section.body, { numbering }));
      if (section.kind === 'beslutning' && !notesPrinted) {
        blocks.push(...notes);
        notesPrinted = true;
      }
    }
    if (i === caseFlowAfter) blocks.push(...caseFlow);
  });
  // With no decision written yet they still print, after the item's text.
  if (!notesPrinted) blocks.push(...notes);
  if (placement === 'sidst') blocks.push(...caseFlow);

  // A closed bilag is left out of the public protocol.
  // The document a meeting was imported from is kept as a bilag, but it is the protocol itself, not one of its bilag.
  const attachments = item.attachments.filter((a) => (options.audience !== 'offentlig' || !a.closed) && !isImportSource(meeting, index, a));
  if (attachments.length > 0) {
    const list = numbering.bullet();
    blocks.push(heading2(documentText.attachments));
    for (const attachment of attachments) {
      blocks.push(new Paragraph({ numbering: { ...list, level: 0 }, children: textRuns(attachment.name) }));
    }
  }

  if (isSignatureItem(item) && options.variant === 'referat') {
    // The approval sentence is left out where the item already says it, and otherwise gets a heading of its own,
    // so it never reads as part of the item's own decision above it.
    const written = item.sections.some((s) => /godkende (beslutnings)?protokollen|godkende referatet/i.test(docToPlainText(s.body)));
    if (!written) blocks.push(heading2(recordText.signatureHeading));
    blocks.push(...signatureBlock(committee, meeting, ctx.signatures, { withIntro: !written, fingerprint: ctx.fingerprint }));
  }
  return blocks;
}

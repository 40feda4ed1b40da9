import { Document, Packer, type PageNumberEstimator } from 'docx';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { formatMeetingDateLong } from '../../../shared/format/dates.ts';
import { agendaItemBlocks } from './agendaItemBlocks.ts';
import { attendanceOf } from './attendance.ts';
import { corePropertiesXml } from './corePropertiesXml.ts';
import { frontPage, referatTitle } from './frontPage.ts';
import { emptyHeader, referatFooter, referatHeader } from './headerFooter.ts';
import { displayItemTitle, isSignatureItem, itemBookmark, itemHeadingText, SIGNATURE_BOOKMARK, SIGNATURE_TITLE } from './itemHeadings.ts';
import { ListNumbering } from './numbering.ts';
import { HEADER_FOOTER_DISTANCE, PAGE_HEIGHT, PAGE_MARGIN, PAGE_WIDTH } from './pageLayout.ts';
import type { Block } from './richTextToDocx.ts';
import { signaturePage } from './signaturePage.ts';
import { referatStyles } from './styles.ts';
import { protocolFingerprint } from '../approval/fingerprint.ts';
import { signatureSheet, type SignatureSheet } from '../approval/signatureSheet.ts';
import { tableOfContents, type TocEntry } from './tableOfContents.ts';
import { referatPageNumbers } from './layout/referatPageNumbers.ts';
import { docxPageNumbers, DocxLayoutNotLoaded, loadDocxLayout } from './docxLayout.ts';

import { exportOptions, type ExportOptions, type ReferatAudience, type ReferatVariant } from './exportOptions.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

export { referatFileName } from './referatFileName.ts';
export type { ReferatAudience, ReferatVariant } from './exportOptions.ts';

export type BuildReferatInput = {
  committee: Committee;
  meeting: Meeting;
  /** The protocol's fingerprint when the caller has it already (hashing the printed content again costs a cold export ~50 ms). */
  fingerprint?: string;
  generatedAt?: Date;
  /** Default `referat`. */
  variant?: ReferatVariant;
  /** Default `fuld`. */
  audience?: ReferatAudience;
  /** In a publication packet: the packet's page count, for `Side X af Y` (the document's own count otherwise). */
  totalPages?: number;
  /**
   * The Underskriftsside as decided against the key registry (exportMeeting passes it, from the live committee);
   * without it, `committee` is taken as the registry.
   */
  signatures?: SignatureSheet;
};

/**
 * How the TOC's page numbers are worked out. Word shows the numbers written
 * into the PAGEREF fields as they are (no "update fields?" prompt), so they are
 * worked out when the file is written. `referat` is our own layout of our own
 * documents (see `referatPageNumbers`), which hands anything it does not model
 * to docx's (`docx`); `none` leaves the numbers for the reader to fill in.
 * docx's layout must be loaded (`loadDocxLayout`) before a document that uses
 * it is packed; `buildReferatDocx` does that when it is needed.
 */
export type PageNumberLayout = 'referat' | 'docx' | 'none';

export type DocumentLayoutOptions = {
  pageNumbers?: PageNumberLayout;
  onLayout?: (used: 'referat' | 'fallback', reason?: string) => void;
  /** For tests: wraps the chosen layout, to mark every paragraph and compare where two layouts put each. */
  wrapLayout?: (layout: PageNumberEstimator) => PageNumberEstimator;
};

/**
 * The referat (beslutningsprotokol) of a meeting as a .docx file. A document
 * our layout cannot number alone is packed again once docx's layout is loaded
 * (see `loadDocxLayout`).
 */
export async function buildReferatDocx(input: BuildReferatInput): Promise<Buffer> {
  try {
    return await packReferat(input);
  } catch (error) {
    if (!(error instanceof DocxLayoutNotLoaded)) throw error;
    await loadDocxLayout();
    return packReferat(input);
  }
}

function packReferat(input: BuildReferatInput): Promise<Buffer> {
  const { committee, meeting } = input;
  const options = exportOptions(committee, input);
  const title = referatTitle(committee, meeting, options.variant);
  return Packer.toBuffer(referatDocument(input), false, [
    {
      path: 'docProps/core.xml',
      data: corePropertiesXml({
        title,
        subject: committee.name,
        creator: 'Referent',
        description: referatDescription(committee, meeting, options),
        at: input.generatedAt ?? new Date(),
      }),
    },
  ]);
}

function referatDescription(committee: Committee, meeting: Meeting, options: ExportOptions): string {
  return documentText.description(options.variant, committee.name, formatMeetingDateLong(meeting.date, meeting.time), options.audience);
}

/** The document before packing; exposed so tests can lay it out with docx's own layout engine. */
export function referatDocument(input: BuildReferatInput, layout: DocumentLayoutOptions = {}): Document {
  const { committee, meeting } = input;
  const options = exportOptions(committee, input);
  const attendance = attendanceOf(committee, meeting);
  const numbering = new ListNumbering();
  const fingerprint = input.fingerprint ?? protocolFingerprint(committee, meeting);
  const signatures = input.signatures ?? signatureSheet(committee, meeting, undefined, fingerprint);

  // A template may number the entries as the items' headings do (`Punkt 1: …`).
  const tocTitle = (item: Meeting['items'][number], index: number) =>
    committee.template.tocItemNumbers ? itemHeadingText(meeting, item, index, options.audience) : displayItemTitle(item, options.audience);
  const toc: TocEntry[] = meeting.items.map((item, index) => ({ title: tocTitle(item, index), bookmark: itemBookmark(index) }));
  const body: Block[] = meeting.items.flatMap((item, index) =>
    agendaItemBlocks(item, index, { committee, meeting, attendance, numbering, fingerprint, signatures, options }),
  );
  // The dagsorden goes out before the meeting: nothing to sign yet.
  if (options.variant === 'referat' && !meeting.items.some(isSignatureItem)) {
    toc.push({ title: SIGNATURE_TITLE, bookmark: SIGNATURE_BOOKMARK });
    body.push(...signaturePage(committee, meeting, signatures, fingerprint));
  }

  const styles = referatStyles(options.font);
  const numberingOptions = numbering.options();
  const mode = layout.pageNumbers ?? 'referat';
  const pageNumbers =
    mode === 'none'
      ? undefined
      : mode === 'docx'
        ? docxPageNumbers
        : referatPageNumbers({ styles, numbering: numberingOptions, fallback: docxPageNumbers, ...(layout.onLayout ? { onLayout: layout.onLayout } : {}) });
  const laidOut = pageNumbers && layout.wrapLayout ? layout.wrapLayout(pageNumbers) : pageNumbers;
  return new Document({
    title: referatTitle(committee, meeting, options.variant),
    subject: committee.name,
    creator: 'Referent',
    description: referatDescription(committee, meeting, options),
    styles,
    numbering: numberingOptions,
    ...(laidOut ? { pageNumbers: laidOut } : {}),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: {
              top: PAGE_MARGIN,
              bottom: PAGE_MARGIN,
              left: PAGE_MARGIN,
              right: PAGE_MARGIN,
              header: HEADER_FOOTER_DISTANCE,
              footer: HEADER_FOOTER_DISTANCE,
            },
          },
        },
        headers: { default: referatHeader(committee, meeting, options.variant), first: emptyHeader() },
        footers: { default: referatFooter(input.totalPages), first: referatFooter(input.totalPages) },
        children: [...frontPage(committee, meeting, attendance, options.variant), ...tableOfContents(toc), ...body],
      },
    ],
  });
}

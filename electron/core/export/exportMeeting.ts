import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
import { protocolFingerprint } from '../approval/fingerprint.ts';
import { signatureSheet } from '../approval/signatureSheet.ts';
import type { AuditHead } from '../../../shared/domain/storeSchema.ts';
import type { AuditEntry } from '../audit/auditLog.ts';
import { logConcerns, logProblems } from '../approval/logConsistency.ts';
import type { ReferatAudience, ReferatVariant } from './exportOptions.ts';
import { packetFileName, referatFileName } from './referatFileName.ts';
import type { BuildReferatInput } from './buildReferatDocx.ts';

/** `packet`: one PDF with the document and its open bilag, for publishing (issue 15). */
export type ExportFormat = 'docx' | 'pdf' | 'packet';

export type MeetingExportRequest = { variant?: ReferatVariant | undefined; audience?: ReferatAudience | undefined; format?: ExportFormat | undefined };

export type ExportedMeeting = {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  /** The fingerprint of the protocol as stored, for the audit log. */
  fingerprint: string;
  variant: ReferatVariant;
  audience: ReferatAudience;
  format: ExportFormat;
};

export type ExportOptions = {
  /** Prints an HTML page to PDF (Electron's printToPDF); without it, PDF comes from LibreOffice. */
  renderPdf?: ((html: string) => Promise<Buffer>) | undefined;
  /**
   * Builds the DOCX in this thread rather than in the export worker: right for
   * a one-off command (the CLI), where the window a worker keeps responsive does not exist.
   */
  inProcess?: boolean;
  /** The data directory, where a packet reads the bilag files; required for `packet`. */
  dataDir?: string;
  /** The audit log's head as the export sees it: the Underskriftsside prints it. */
  auditHead?: AuditHead | null;
  /**
   * Reads the audit log, asked only for a meeting it has something to say about (logConcerns): a meeting the log
   * contradicts, edited beside Referent, prints none of its approvals as standing. Required, so no caller can forget it.
   */
  readAuditLog: () => Promise<AuditEntry[]>;
};

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';

/**
 * The one export of a meeting's document, for the window (through the
 * service) and the CLI alike: the referat or the dagsorden, full or public,
 * as DOCX or PDF, printed with the committee as frozen when the protocol was
 * sent. PDF goes through `renderPdf` where the host has one, else LibreOffice;
 * a missing LibreOffice throws PdfConverterMissingError for the caller to word.
 */
export async function exportMeeting(live: Committee, meeting: Meeting, request: MeetingExportRequest, options: ExportOptions): Promise<ExportedMeeting> {
  const committee = effectiveCommittee(live, meeting);
  const variant = request.variant ?? 'referat';
  const audience = request.audience ?? 'fuld';
  // Loaded on first export: the docx library stays off the start-up path.
  // Signatures are checked here, against the live committee's key registry: the printed committee carries no keys.
  const fingerprint = protocolFingerprint(live, meeting);
  const contradicted = logConcerns(meeting) && logProblems(live, meeting, await options.readAuditLog()).length > 0;
  const signatures = signatureSheet(live, meeting, options.auditHead, fingerprint, contradicted);
  const buildDocx = async (given: BuildReferatInput): Promise<Buffer> => {
    const input = { ...given, signatures, fingerprint };
    return options.inProcess ? (await import('./buildReferatDocx.ts')).buildReferatDocx(input) : (await import('./exportInWorker.ts')).buildReferatDocxInWorker(input);
  };
  const docxName = referatFileName(committee, meeting, { variant: request.variant, audience: request.audience });
  const title = docxName.replace(/\.docx$/, '');
  const format = request.format ?? 'docx';
  const common = { fingerprint, variant, audience, format } as const;
  if (format === 'packet') {
    if (!options.dataDir) throw new Error('exportMeeting: a packet needs the data directory');
    const { exportPacket } = await import('./exportPacket.ts');
    const { convertDocxToPdf, PdfConverterMissingError } = await import('./convertToPdf.ts');
    // LibreOffice where it is, for a footer that counts the whole packet; the desktop's printer otherwise.
    const toPacketPdf = (docx: Buffer) =>
      convertDocxToPdf(docx).catch((error: unknown) => (error instanceof PdfConverterMissingError && options.renderPdf ? toPdf(docx, title, committee.template.font, options.renderPdf) : Promise.reject(error)));
    const bytes = await exportPacket({ dir: options.dataDir, committee, meeting, variant, audience, buildDocx, toPdf: toPacketPdf });
    return { ...common, fileName: packetFileName(committee, meeting, { variant, audience }), mimeType: PDF_TYPE, bytes };
  }
  const docx = await buildDocx({ committee, meeting, variant: request.variant, audience: request.audience });
  if (format === 'docx') return { ...common, fileName: docxName, mimeType: DOCX_TYPE, bytes: docx };
  return { ...common, fileName: `${title}.pdf`, mimeType: PDF_TYPE, bytes: await toPdf(docx, title, committee.template.font, options.renderPdf) };
}

async function toPdf(docx: Buffer, title: string, font: string | undefined, renderPdf: ExportOptions['renderPdf']): Promise<Buffer> {
  if (renderPdf) {
    const { printableHtml } = await import('./printableHtml.ts');
    return renderPdf(await printableHtml(docx, title, font));
  }
  const { convertDocxToPdf } = await import('./convertToPdf.ts');
  return convertDocxToPdf(docx);
}

import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
import { da } from '../../../shared/i18n/da.ts';
import { protocolFingerprint } from '../approval/fingerprint.ts';
import type { ServiceContext } from './serviceContext.ts';

type ExportChannels = 'export.docx' | 'export.file' | 'files.open' | 'files.showInFolder';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Exports. The document is built in a worker thread (the window stays
 * responsive on long protocols). In Electron it is saved through the system's
 * save dialog and can then be opened or shown in its folder; in a browser it
 * comes back for download. Only files this session saved can be opened that way.
 */
export function createExportHandlers(ctx: ServiceContext): Pick<ApiHandlers, ExportChannels> {
  const saved = new Set<string>();

  const build = async (meetingId: string, variant?: 'referat' | 'dagsorden', audience?: 'fuld' | 'offentlig') => {
    const meeting = ctx.meetingOrThrow(meetingId);
    const live = ctx.committeeOrThrow(meeting.committeeId);
    const committee = effectiveCommittee(live, meeting);
    // Loaded on first export: the docx library stays off the start-up path.
    const { buildReferatDocxInWorker } = await import('../export/exportInWorker.ts');
    const { referatFileName } = await import('../export/referatFileName.ts');
    const bytes = await buildReferatDocxInWorker({ committee, meeting, variant, audience });
    return { meeting, committee, bytes, fileName: referatFileName(committee, meeting, { variant, audience }), fingerprint: protocolFingerprint(live, meeting) };
  };

  const logExport = (meetingId: string, details: Record<string, unknown>) =>
    ctx.store.transaction((tx) => tx.audit({ meetingId, action: 'eksporteret', details }));

  const toPdf = async (docx: Buffer, title: string, font?: string): Promise<Buffer> => {
    if (ctx.renderPdf) {
      const { printableHtml } = await import('../export/printableHtml.ts');
      return ctx.renderPdf(await printableHtml(docx, title, font));
    }
    const { convertDocxToPdf, PdfConverterMissingError } = await import('../export/convertToPdf.ts');
    try {
      return await convertDocxToPdf(docx);
    } catch (error) {
      if (error instanceof PdfConverterMissingError) throw new ReferentError('konflikt', da.errors.pdfUnavailable);
      throw error;
    }
  };

  const requireSaved = (path: string) => {
    if (!saved.has(path)) throw new ReferentError('ugyldig_forespoergsel', da.errors.notAnExport);
  };

  return {
    async 'export.docx'(req) {
      const { meeting, bytes, fileName, fingerprint } = await build(req.meetingId, req.variant, req.audience);
      await logExport(meeting.id, { fingerprint, format: 'docx', variant: req.variant ?? 'referat', audience: req.audience ?? 'fuld' });
      return { fileName, mimeType: DOCX_TYPE, base64: Buffer.from(bytes).toString('base64') };
    },

    async 'export.file'(req) {
      const { meeting, committee, bytes: docx, fileName: docxName, fingerprint } = await build(req.meetingId, req.variant, req.audience);
      const pdf = req.format === 'pdf';
      const bytes = pdf ? await toPdf(docx, docxName.replace(/\.docx$/, ''), committee.template.font) : docx;
      const fileName = pdf ? docxName.replace(/\.docx$/, '.pdf') : docxName;
      const mimeType = pdf ? 'application/pdf' : DOCX_TYPE;
      const details = { fingerprint, format: req.format, variant: req.variant ?? 'referat', audience: req.audience ?? 'fuld' };
      if (!ctx.saveFile) {
        await logExport(meeting.id, details);
        return { kind: 'download', fileName, mimeType, base64: Buffer.from(bytes).toString('base64') };
      }
      const path = await ctx.saveFile(fileName, bytes);
      if (!path) return { kind: 'cancelled' };
      saved.add(path);
      await logExport(meeting.id, details);
      return { kind: 'saved', fileName, path };
    },

    async 'files.open'(req) {
      requireSaved(req.path);
      if (!ctx.openFile) throw new ReferentError('konflikt', da.errors.notAnExport);
      await ctx.openFile(req.path);
      return { done: true };
    },

    async 'files.showInFolder'(req) {
      requireSaved(req.path);
      if (!ctx.showInFolder) throw new ReferentError('konflikt', da.errors.notAnExport);
      ctx.showInFolder(req.path);
      return { done: true };
    },
  };
}

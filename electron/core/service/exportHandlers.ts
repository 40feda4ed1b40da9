import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { da } from '../../../shared/i18n/da.ts';
import { PdfConverterMissingError } from '../export/convertToPdf.ts';
import { exportMeeting, type ExportedMeeting, type MeetingExportRequest } from '../export/exportMeeting.ts';
import type { ServiceContext } from './serviceContext.ts';
import { assertPublicExport } from './publishHandlers.ts';

type ExportChannels = 'export.file' | 'files.open' | 'files.showInFolder';

/**
 * Exports, through the one exportMeeting the CLI uses too. The document is
 * built in a worker thread (the window stays responsive on long protocols).
 * In Electron it is saved through the system's save dialog and can then be
 * opened or shown in its folder; in a browser it comes back for download.
 * Only files this session saved can be opened that way. Every export is logged.
 */
export function createExportHandlers(ctx: ServiceContext): Pick<ApiHandlers, ExportChannels> {
  const saved = new Set<string>();

  const build = async (meetingId: string, request: MeetingExportRequest): Promise<ExportedMeeting> => {
    const meeting = ctx.meetingOrThrow(meetingId);
    // Tjek før udsendelse: errors hold a public version back until fixed or overridden.
    await assertPublicExport(ctx, meeting, request.variant, request.audience);
    try {
      return await exportMeeting(ctx.committeeOrThrow(meeting.committeeId), meeting, request, { renderPdf: ctx.renderPdf, dataDir: ctx.store.dir, auditHead: ctx.store.auditHead(), readAuditLog: () => ctx.store.auditEntries() });
    } catch (error) {
      if (error instanceof PdfConverterMissingError) throw new ReferentError('konflikt', da.errors.pdfUnavailable);
      throw error;
    }
  };

  const logExport = (meetingId: string, file: ExportedMeeting) =>
    ctx.store.transaction((tx) =>
      tx.audit({
        meetingId,
        // A dagsorden is logged as a dagsorden, not as a referat.
        action: file.variant === 'dagsorden' ? 'dagsorden_eksporteret' : 'eksporteret',
        details: { fingerprint: file.fingerprint, format: file.format, variant: file.variant, audience: file.audience },
      }),
    );

  const requireSaved = (path: string) => {
    if (!saved.has(path)) throw new ReferentError('ugyldig_forespoergsel', da.errors.notAnExport);
  };

  return {
    async 'export.file'(req) {
      const file = await build(req.meetingId, { variant: req.variant, audience: req.audience, format: req.format });
      if (!ctx.saveFile) {
        await logExport(req.meetingId, file);
        return { kind: 'download', fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString('base64') };
      }
      const path = await ctx.saveFile(file.fileName, file.bytes);
      if (!path) return { kind: 'cancelled' };
      saved.add(path);
      await logExport(req.meetingId, file);
      return { kind: 'saved', fileName: file.fileName, path };
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

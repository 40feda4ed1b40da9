import type { ApiHandlers, ServiceApi } from '../../../shared/api/contract.ts';
import { validating } from '../api/validating.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
import { protocolFingerprint } from '../approval/fingerprint.ts';
import type { Store } from '../store/store.ts';
import type { AuditLog } from '../audit/auditLog.ts';
import { SearchIndex } from '../search/searchIndex.ts';
import { createServiceContext } from './serviceContext.ts';
import { createApprovalHandlers } from './approvalHandlers.ts';
import { createStoreHandlers } from './storeHandlers.ts';
import { createCommitteeHandlers } from './committeeHandlers.ts';
import { createMeetingHandlers } from './meetingHandlers.ts';
import { createItemHandlers } from './itemHandlers.ts';
import { createAttachmentHandlers } from './attachmentHandlers.ts';

export { MAX_ITEMS_PER_MEETING } from './itemHandlers.ts';

export type ServiceOptions = {
  now?: () => Date;
  /** Electron passes shell.openPath; without it, bilag are returned for download. */
  openFile?: (path: string) => Promise<void>;
};

export type ReferentService = ServiceApi & { flush(): Promise<void> };

/**
 * The application's behaviour, shared by Electron's main process, the browser
 * host and the CLI: one handler per channel of the contract, grouped by what
 * they act on. Every mutation runs through the context's one WriteQueue and is
 * validated against the domain schema before it reaches the store.
 */
export function createReferentService(store: Store, audit: AuditLog, options: ServiceOptions = {}): ReferentService {
  const ctx = createServiceContext(store, audit, options.now ?? (() => new Date()), options.openFile);
  const search = new SearchIndex({ committees: () => store.committees(), meetings: () => store.meetings() });
  store.onChange((change) => {
    if (change.type === 'meeting') search.updateMeeting(change.meeting);
    else if (change.type === 'meetingDeleted') search.removeMeeting(change.meetingId);
    else search.invalidate();
  });

  const handlers: ApiHandlers = {
    ...createCommitteeHandlers(ctx),
    ...createMeetingHandlers(ctx, search),
    ...createItemHandlers(ctx),
    ...createAttachmentHandlers(ctx),
    ...createApprovalHandlers(ctx),
    ...createStoreHandlers(ctx),

    async 'export.docx'(req) {
      const meeting = ctx.meetingOrThrow(req.meetingId);
      const committee = ctx.committeeOrThrow(meeting.committeeId);
      // Loaded on first export: the docx library stays off the start-up path,
      // and the document is built in a worker thread, off the main process.
      const { buildReferatDocxInWorker } = await import('../export/exportInWorker.ts');
      const { referatFileName } = await import('../export/referatFileName.ts');
      const { variant, audience } = req;
      const bytes = await buildReferatDocxInWorker({ committee: effectiveCommittee(committee, meeting), meeting, variant, audience });
      await ctx.audit.append({
        at: ctx.now(),
        meetingId: meeting.id,
        action: 'eksporteret',
        actor: 'sekretær',
        details: { fingerprint: protocolFingerprint(committee, meeting), format: 'docx', variant: variant ?? 'referat', audience: audience ?? 'fuld' },
      });
      return {
        fileName: referatFileName(committee, meeting, { variant, audience }),
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        base64: Buffer.from(bytes).toString('base64'),
      };
    },
  };
  return { ...validating(handlers), flush: () => ctx.queue.idle() };
}

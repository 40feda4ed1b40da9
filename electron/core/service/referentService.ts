import type { ApiHandlers, ServiceApi } from '../../../shared/api/contract.ts';
import { validating } from '../api/validating.ts';
import type { Store } from '../store/store.ts';
import { SearchIndex } from '../search/searchIndex.ts';
import { createServiceContext, type PlatformHooks } from './serviceContext.ts';
import { createStoreHandlers } from './storeHandlers.ts';
import { createCommitteeHandlers } from './committeeHandlers.ts';
import { createMeetingHandlers } from './meetingHandlers.ts';
import { lazyHandlers } from './lazyHandlers.ts';
import type { SyncController } from '../sync/syncController.ts';
import type { CredentialStore } from '../sync/memoryCredentials.ts';

export { MAX_ITEMS_PER_MEETING } from './maxItemsPerMeeting.ts';

/** `syncCredentials`: where the sync password is kept; given by the app and the browser host, which then sync continuously. */
export type ServiceOptions = PlatformHooks & {
  now?: () => Date;
  /** Warm up for a window (the app and the host): the search index built or opened soon after start, the meeting list sorted at once. A one-off CLI command leaves both until asked. */
  warmSearch?: boolean;
  syncCredentials?: CredentialStore;
};

export type ReferentService = ServiceApi & { flush(): Promise<void>; close(): Promise<void>; stopSync(): Promise<void> };

/** The search index is opened, and continuous sync started, this long after start: after the first screen's answers, not in their way. */
const WARM_UP_MS = 1500;
const SYNC_START_MS = 1000;

/**
 * The application's behaviour, shared by Electron's main process, the browser
 * host and the CLI: one handler per channel of the contract, grouped by what
 * they act on. Every mutation is a store transaction (one queue, with its audit
 * entries) and is validated against the domain schema before it reaches the store.
 *
 * What the first screen asks (committees, the meeting list, the store's state)
 * is loaded with the service; every other group of handlers, and the sync
 * client, is imported on its first call, so a start compiles and runs only the
 * code it uses. Every request is still validated before any handler runs.
 */
export function createReferentService(store: Store, options: ServiceOptions = {}): ReferentService {
  const { now, warmSearch = true, syncCredentials, ...hooks } = options;
  const ctx = createServiceContext(store, now ?? (() => new Date()), hooks);
  const search = new SearchIndex({ dataDir: store.dir, readOnly: store.readOnly, committees: () => store.committees() });
  // The index is derived from the meeting files: an event only says which file to read again, so a save waits for nothing.
  store.onChange((change) => {
    if (change.type === 'meeting') search.meetingSaved(change.meeting.id);
    else if (change.type === 'meetingDeleted') search.meetingDeleted(change.meetingId);
    else search.refresh();
  });
  // Open (or build) the index soon after start, in its worker, not on the first keystroke.
  const warmUp = warmSearch ? setTimeout(() => search.warmUp(), WARM_UP_MS) : undefined;
  warmUp?.unref();
  // A window's first question is the navigation's overview, made from the sorted meeting list: sorted while the
  // window is still connecting, not when it asks. (The CLI, which turns warm-up off, may never ask.)
  if (warmSearch) setImmediate(() => store.meetingSummaries());

  // Continuous sync (the app and the host): the controller is loaded and started shortly after start, or at the first sync call.
  let closed = false;
  let sync: Promise<SyncController | null> | undefined;
  const syncController = (): Promise<SyncController | null> =>
    (sync ??=
      syncCredentials && !store.readOnly && !closed
        ? import('../sync/syncController.ts').then(({ SyncController }) => {
            if (closed) return null;
            const controller = new SyncController(store, syncCredentials);
            void controller.start().catch((error: unknown) => console.error('[referent] starting sync failed', error));
            return controller;
          })
        : Promise.resolve(null));
  const syncStart = syncCredentials && !store.readOnly ? setTimeout(() => void syncController().catch((error: unknown) => console.error('[referent] starting sync failed', error)), SYNC_START_MS) : undefined;
  syncStart?.unref();

  const handlers: ApiHandlers = {
    ...createCommitteeHandlers(ctx),
    ...createMeetingHandlers(ctx, search),
    ...createStoreHandlers(ctx),
    ...lazyHandlers(['items.add', 'items.update', 'items.setSection', 'items.move', 'items.remove', 'items.restore', 'items.duplicate', 'items.postpone'], async () => (await import('./itemHandlers.ts')).createItemHandlers(ctx)),
    ...lazyHandlers(['attachments.add', 'attachments.open'], async () => (await import('./attachmentHandlers.ts')).createAttachmentHandlers(ctx)),
    ...lazyHandlers(
      ['approvals.send', 'approvals.approve', 'approvals.reject', 'approvals.reopen', 'approvals.status', 'approvals.exportPackage', 'approvals.importAnswer', 'members.importKey', 'members.replaceKey', 'identity.memberFile', 'review.open', 'review.answer'],
      async () => (await import('./approvalHandlers.ts')).createApprovalHandlers(ctx),
    ),
    ...lazyHandlers(['import.analyse', 'import.commit', 'import.caseText', 'meetings.draftCopy'], async () => (await import('./importHandlers.ts')).createImportHandlers(ctx)),
    ...lazyHandlers(['export.file', 'files.open', 'files.showInFolder'], async () => (await import('./exportHandlers.ts')).createExportHandlers(ctx)),
    ...lazyHandlers(['publish.check', 'publish.override'], async () => (await import('./publishHandlers.ts')).createPublishHandlers(ctx)),
    ...lazyHandlers(['sync.status', 'sync.configure', 'sync.now', 'sync.conflicts', 'sync.resolve'], async () => (await import('./syncHandlers.ts')).createSyncHandlers(ctx, syncController)),
  };
  const stopSync = async () => {
    clearTimeout(syncStart);
    const controller = await sync?.catch(() => null);
    await controller?.stop();
  };
  return {
    ...validating(handlers),
    flush: () => store.flush(),
    stopSync,
    async close() {
      closed = true;
      clearTimeout(warmUp);
      await stopSync();
      await store.flush();
      await search.close();
    },
  };
}

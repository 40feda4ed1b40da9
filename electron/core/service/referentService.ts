import type { ApiHandlers, ServiceApi } from '../../../shared/api/contract.ts';
import { validating } from '../api/validating.ts';
import type { Store } from '../store/store.ts';
import { SearchIndex } from '../search/searchIndex.ts';
import { createServiceContext, type PlatformHooks } from './serviceContext.ts';
import { createExportHandlers } from './exportHandlers.ts';
import { createApprovalHandlers } from './approvalHandlers.ts';
import { createStoreHandlers } from './storeHandlers.ts';
import { createCommitteeHandlers } from './committeeHandlers.ts';
import { createMeetingHandlers } from './meetingHandlers.ts';
import { createItemHandlers } from './itemHandlers.ts';
import { createAttachmentHandlers } from './attachmentHandlers.ts';
import { createImportHandlers } from './importHandlers.ts';
import { createPublishHandlers } from './publishHandlers.ts';
import { createSyncHandlers } from './syncHandlers.ts';
import { SyncController, type CredentialStore } from '../sync/syncController.ts';

export { MAX_ITEMS_PER_MEETING } from './itemHandlers.ts';

/** `syncCredentials`: where the sync password is kept; given by the app and the browser host, which then sync continuously. */
export type ServiceOptions = PlatformHooks & {
  now?: () => Date;
  /** Build or open the search index soon after start (the window and the host); a one-off CLI command leaves it until a search asks. */
  warmSearch?: boolean;
  syncCredentials?: CredentialStore;
};

export type ReferentService = ServiceApi & { flush(): Promise<void>; close(): Promise<void>; stopSync(): Promise<void> };

/**
 * The application's behaviour, shared by Electron's main process, the browser
 * host and the CLI: one handler per channel of the contract, grouped by what
 * they act on. Every mutation is a store transaction (one queue, with its audit
 * entries) and is validated against the domain schema before it reaches the store.
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
  const warmUp = warmSearch ? setTimeout(() => search.warmUp(), 1500) : undefined;
  warmUp?.unref();

  const sync = syncCredentials && !store.readOnly ? new SyncController(store, syncCredentials) : null;
  if (sync) void sync.start().catch((error: unknown) => console.error('[referent] starting sync failed', error));

  const handlers: ApiHandlers = {
    ...createCommitteeHandlers(ctx),
    ...createMeetingHandlers(ctx, search),
    ...createItemHandlers(ctx),
    ...createAttachmentHandlers(ctx),
    ...createApprovalHandlers(ctx),
    ...createStoreHandlers(ctx),
    ...createImportHandlers(ctx),

    ...createExportHandlers(ctx),
    ...createPublishHandlers(ctx),
    ...createSyncHandlers(ctx, sync),
  };
  const stopSync = async () => {
    await sync?.stop();
  };
  return {
    ...validating(handlers),
    flush: () => store.flush(),
    stopSync,
    async close() {
      clearTimeout(warmUp);
      await stopSync();
      await store.flush();
      await search.close();
    },
  };
}

import type { ApiHandlers, ServiceApi } from '../../../shared/api/contract.ts';
import { validating } from '../api/validating.ts';
import type { Store } from '../store/store.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
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
export type ServiceOptions = PlatformHooks & { now?: () => Date; syncCredentials?: CredentialStore };

export type ReferentService = ServiceApi & { flush(): Promise<void>; stopSync(): Promise<void> };

/**
 * The application's behaviour, shared by Electron's main process, the browser
 * host and the CLI: one handler per channel of the contract, grouped by what
 * they act on. Every mutation is a store transaction (one queue, with its audit
 * entries) and is validated against the domain schema before it reaches the store.
 */
export function createReferentService(store: Store, options: ServiceOptions = {}): ReferentService {
  const { now, syncCredentials, ...hooks } = options;
  const ctx = createServiceContext(store, now ?? (() => new Date()), hooks);
  // The store keeps only a few meetings in memory: for the index build they are read once, asynchronously
  // (a batch at a time), kept current by the change events below, and let go when the index is built.
  let forIndex: Map<string, Meeting> | null = null;
  const search = new SearchIndex({ committees: () => store.committees(), meetings: () => (forIndex ? [...forIndex.values()] : store.meetings()) });
  store.onChange((change) => {
    if (change.type === 'meeting') forIndex?.set(change.meeting.id, change.meeting);
    else if (change.type === 'meetingDeleted') forIndex?.delete(change.meetingId);
    else forIndex = null;
    if (change.type === 'meeting') search.updateMeeting(change.meeting);
    else if (change.type === 'meetingDeleted') search.removeMeeting(change.meetingId);
    else search.invalidate();
  });
  // Build the search index soon after start, in the background, not on the first keystroke.
  setTimeout(() => {
    void (async () => {
      const all = new Map<string, Meeting>();
      await store.forEachMeeting((m) => void all.set(m.id, m));
      forIndex = all;
      await search.query('a', 1);
      forIndex = null;
    })().catch((error: unknown) => console.error('[referent] building the search index failed', error));
  }, 1500).unref();

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
  return { ...validating(handlers), flush: () => store.flush(), stopSync: async () => sync?.stop() };
}

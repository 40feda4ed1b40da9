import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { syncText } from '../../../shared/i18n/sync.da.ts';
import { listConflicts, resolveConflict } from '../sync/resolveConflict.ts';
import type { SyncController } from '../sync/syncController.ts';
import { SyncFolder } from '../sync/syncState.ts';
import type { ServiceContext } from './serviceContext.ts';

type SyncChannels = 'sync.status' | 'sync.configure' | 'sync.now' | 'sync.conflicts' | 'sync.resolve';

/**
 * Synchronisation: its status and settings (through the controller the app
 * or the browser host runs; absent in the CLI, which syncs with `referent
 * sync`), and the conflicts, resolved as ordinary edits.
 */
export function createSyncHandlers(ctx: ServiceContext, syncController: () => Promise<SyncController | null>): Pick<ApiHandlers, SyncChannels> {
  const idle = async () => {
    const folder = new SyncFolder(ctx.store.dir);
    const config = await folder.config();
    return { state: 'av' as const, message: '', lastSync: null, conflicts: (await folder.conflicts()).open.length, remote: config.remote, user: config.user, hasPassword: false, committees: config.committees, machineId: config.machineId, revision: 0, changed: [], quarantined: [], quarantinedTotal: 0, otherMachines: [] };
  };
  const need = async () => {
    const controller = await syncController();
    if (!controller) throw new ReferentError('konflikt', syncText.errors.notConfigured);
    return controller;
  };
  return {
    async 'sync.status'() {
      const controller = await syncController();
      return controller ? controller.status() : idle();
    },
    async 'sync.configure'(req) {
      return (await need()).configure(req);
    },
    async 'sync.now'() {
      const controller = await need();
      await controller.syncNow();
      return controller.status();
    },
    'sync.conflicts': () => listConflicts(ctx),
    async 'sync.resolve'(req) {
      await resolveConflict(ctx, req);
      // Sent on at once, so the other machines drop the record too.
      const controller = await syncController();
      if (controller) void controller.syncNow().catch(() => undefined);
      return listConflicts(ctx);
    },
  };
}

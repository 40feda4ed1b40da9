import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { SCHEMA_VERSION } from '../../../shared/domain/storeSchema.ts';
import { storeText } from '../../../shared/i18n/store.da.ts';
import { formatTimestamp } from '../../../shared/format/dates.ts';
import { createBackup, listBackups, restoreBackupFiles } from '../store/backups.ts';
import type { ServiceContext } from './serviceContext.ts';

type StoreChannels = 'store.info' | 'backups.list' | 'backups.create' | 'backups.restore';

/**
 * The data directory as the secretary sees it: what happened at open, and
 * backups. A restore first backs up the current state, so it can be undone by
 * restoring that copy.
 */
export function createStoreHandlers(ctx: ServiceContext): Pick<ApiHandlers, StoreChannels> {
  const { store, queue } = ctx;
  const view = async () =>
    (await listBackups(store.dir)).map((b) => ({ ...b, label: storeText.backupReasons[b.reason] }));

  return {
    async 'store.info'() {
      return { dataDir: store.dir, readOnly: store.readOnly, notices: store.notices(), schemaVersion: SCHEMA_VERSION };
    },
    async 'backups.list'() {
      return view();
    },
    'backups.create'() {
      return queue.run(async () => {
        await createBackup(store.dir, 'manuel', SCHEMA_VERSION, new Date(ctx.now()));
        return view();
      });
    },
    'backups.restore'(req) {
      return queue.run(async () => {
        const backup = (await listBackups(store.dir)).find((b) => b.id === req.backupId);
        if (!backup) throw new ReferentError('ikke_fundet', storeText.backupNotFound);
        if (store.readOnly) throw new ReferentError('konflikt', storeText.newerVersion(SCHEMA_VERSION + 1, SCHEMA_VERSION));
        await createBackup(store.dir, 'foer-gendannelse', SCHEMA_VERSION, new Date(ctx.now()));
        await restoreBackupFiles(store.dir, backup.id);
        await store.reload();
        return { message: storeText.restoredFromBackup(formatTimestamp(backup.createdAt)), backups: await view() };
      });
    },
  };
}

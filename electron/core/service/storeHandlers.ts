import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { SCHEMA_VERSION } from '../../../shared/domain/storeSchema.ts';
import { storeText } from '../../../shared/i18n/store.da.ts';
import { formatTimestamp } from '../../../shared/format/dates.ts';
import { listBackups } from '../store/backups.ts';
import type { ServiceContext } from './serviceContext.ts';

type StoreChannels = 'store.info' | 'backups.list' | 'backups.create' | 'backups.restore';

/**
 * The data directory as the secretary sees it: what happened at open, and
 * backups. A restore first backs up the current state, so it can be undone by
 * restoring that copy (Store.restoreBackup).
 */
export function createStoreHandlers(ctx: ServiceContext): Pick<ApiHandlers, StoreChannels> {
  const { store } = ctx;
  const view = async () =>
    (await listBackups(store.dir)).map((b) => ({ ...b, label: storeText.backupReasons[b.reason] }));

  return {
    async 'store.info'() {
      await store.settled();
      return { dataDir: store.dir, readOnly: store.readOnly, notices: store.notices(), schemaVersion: SCHEMA_VERSION };
    },
    async 'backups.list'() {
      return view();
    },
    async 'backups.create'() {
      await store.backup('manuel');
      return view();
    },
    async 'backups.restore'(req) {
      if (store.readOnly) throw new ReferentError('konflikt', storeText.newerVersion(SCHEMA_VERSION + 1, SCHEMA_VERSION));
      const backup = await store.restoreBackup(req.backupId);
      return { message: storeText.restoredFromBackup(formatTimestamp(backup.createdAt)), backups: await view() };
    },
  };
}

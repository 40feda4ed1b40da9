import { Store, type OpenStoreOptions } from './store/store.ts';
import { createReferentService, type ServiceOptions } from './service/referentService.ts';

export type ReferentApp = {
  store: Store;
  service: ReturnType<typeof createReferentService>;
  close(): Promise<void>;
};

/** Opens a data directory and the service on it; Electron main, the web host and the CLI all start here. */
export async function openApp(dataDir: string, options: OpenStoreOptions & ServiceOptions = {}): Promise<ReferentApp> {
  const store = await Store.open(dataDir, options);
  const { seedsDir: _seeds, readOnly: _readOnly, onProgress: _progress, background: _background, ...serviceOptions } = options;
  const service = createReferentService(store, serviceOptions);
  return {
    store,
    service,
    async close() {
      await service.stopSync();
      await service.flush();
      await store.close();
    },
  };
}

import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/apiClient.ts';
import type { StoreInfo } from '../../../shared/api/contract.ts';

export type StoreInfoState = { info?: StoreInfo; reload(): Promise<void> };

/** What happened when the data directory was opened: repairs, and whether it is read-only. Asked once at start. */
export function useStoreInfo(): StoreInfoState {
  const [info, setInfo] = useState<StoreInfo>();
  const reload = useCallback(async () => {
    try {
      setInfo(await api.call('store.info', {}));
    } catch {
      // Without an answer there is nothing to warn about; the lists show their own load errors.
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { info, reload };
}

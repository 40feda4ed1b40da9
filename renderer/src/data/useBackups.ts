import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/apiClient.ts';
import type { BackupView } from '../../../shared/api/contract.ts';
import { errorMessage } from '../api/errorMessage.ts';

export type BackupsState = {
  backups?: BackupView[];
  /** The Danish reason the list could not be read. */
  loadError?: string;
  /** The list as a command returned it (after taking or restoring a backup). */
  show(backups: BackupView[]): void;
};

/** The data directory's backups, newest first, read when the screen opens. */
export function useBackups(): BackupsState {
  const [backups, setBackups] = useState<BackupView[]>();
  const [loadError, setLoadError] = useState<string>();
  const load = useCallback(async () => {
    try {
      setBackups(await api.call('backups.list', {}));
      setLoadError(undefined);
    } catch (e) {
      setLoadError(errorMessage(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  return { backups, loadError, show: setBackups };
}

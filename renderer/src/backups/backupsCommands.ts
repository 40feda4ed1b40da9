import { api } from '../api/apiClient.ts';
import type { BackupView } from '../../../shared/api/contract.ts';

/** Takes a backup now; returns the list with it. */
export function createBackup(): Promise<BackupView[]> {
  return api.call('backups.create', {});
}

/**
 * Restores a backup (the service first backs up the present state). Everything
 * on screen came from the old state, so the app's lists are read again.
 */
export async function restoreBackup(backupId: string, reloadAppData: () => Promise<void>): Promise<{ message: string; backups: BackupView[] }> {
  const result = await api.call('backups.restore', { backupId });
  await reloadAppData();
  return result;
}

import { api } from '../api/apiClient.ts';
import type { SyncConflictView, SyncStatus } from '../../../shared/domain/syncConflict.ts';
import type { RichDoc } from '../../../shared/text/richText.ts';

export type SyncSettingsInput = { remote: string | null; user: string | null; password?: string; committees: string[] };

/** Saves the server, the user (the password goes to the system's keychain, never the data folder) and the shared committees, and syncs at once. */
export function configureSync(settings: SyncSettingsInput): Promise<SyncStatus> {
  return api.call('sync.configure', { remote: settings.remote, user: settings.user, committees: settings.committees, ...(settings.password ? { password: settings.password } : {}) });
}

export function stopSharing(): Promise<SyncStatus> {
  return api.call('sync.configure', { remote: null, user: null, committees: [] });
}

export function syncNow(): Promise<SyncStatus> {
  return api.call('sync.now', {});
}

export function loadConflicts(): Promise<SyncConflictView[]> {
  return api.call('sync.conflicts', {});
}

/** Keeps one version, or the merge written; saved as an ordinary edit and sent on to the other machines. */
export function resolveConflict(conflictId: string, choice: 'mine' | 'theirs' | 'merged', value?: string | RichDoc): Promise<SyncConflictView[]> {
  return api.call('sync.resolve', { conflictId, choice, ...(value !== undefined ? { value } : {}) });
}

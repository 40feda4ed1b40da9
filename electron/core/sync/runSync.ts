import type { Store } from '../store/store.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { syncText } from '../../../shared/i18n/sync.da.ts';
import { SyncEngine, type RoundReport } from './syncEngine.ts';
import { parseRemote, type Credentials } from './remote.ts';
import { SyncFolder } from './syncState.ts';

export type SyncRequest = { remote: string; credentials?: Credentials | null; committees?: string[] };

/**
 * One full round (pull and push) for the committees shared with this server:
 * those given are added to the shared ones (sharing a local committee, or
 * joining one that is on the server), none given means those already shared.
 * The server address is kept in the sync folder without credentials.
 */
export async function runSyncRound(store: Store, request: SyncRequest): Promise<RoundReport> {
  const server = parseRemote(request.remote, request.credentials ?? null);
  const folder = new SyncFolder(store.dir);
  const config = await folder.config();
  const committees = [...new Set([...(config.remote === server.url ? config.committees : []), ...(request.committees ?? [])])];
  if (committees.length === 0) throw new ReferentError('ugyldig_forespoergsel', syncText.cli.nothingShared);
  await folder.saveConfig({ ...config, remote: server.url, user: server.credentials?.username ?? config.user, committees });
  return new SyncEngine(store, server, config.machineId).round(committees);
}

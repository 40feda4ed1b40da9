import { openApp } from '../../core/openApp.ts';
import { runSyncRound } from '../../core/sync/runSync.ts';
import { credentialsFromEnv, remoteErrorMessage } from '../../core/sync/remote.ts';
import { syncText } from '../../../shared/i18n/sync.da.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import type { CliCommand } from '../cliCommand.ts';

const t = syncText.cli;

/**
 * `referent sync --data DIR --remote URL [--committee ID …]`: one full round
 * (pull, then push) with a CouchDB server, then exit. It opens the data
 * directory for writing, taking the store lock as the app does. Credentials
 * come from the address (`https://user:pass@host/`) or REFERENT_SYNC_USER and
 * REFERENT_SYNC_PASSWORD; they are never written. Exit 0 when the round
 * completed, 4 when it completed with conflicts waiting, 1 on failure.
 */
export const syncCommand: CliCommand = {
  async run(dir, values, io) {
    const remote = values.remote as string | undefined;
    if (!remote) {
      io.err(t.missingRemote);
      io.err(t.usage);
      return 2;
    }
    const raw = values.committee as unknown;
    const committees = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
    const app = await openApp(dir, { background: false });
    try {
      const report = await runSyncRound(app.store, { remote, credentials: credentialsFromEnv(), committees });
      for (const c of report.committees) {
        io.out(t.committee(c.name, c.pulled, c.pushed));
        if (c.quarantined > 0) io.out(t.quarantined(c.quarantined, 'sync/karantaene'));
      }
      if (report.openConflicts > 0) {
        io.out(t.conflicts(report.openConflicts));
        return 4;
      }
      return 0;
    } catch (error) {
      io.err(t.failed(error instanceof ReferentError ? error.message : remoteErrorMessage(error).message));
      return 1;
    } finally {
      await app.close();
    }
  },
};

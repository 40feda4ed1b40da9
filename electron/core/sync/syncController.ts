import type { Store } from '../store/store.ts';
import type { SyncState, SyncStatus } from '../../../shared/domain/syncConflict.ts';
import { syncText } from '../../../shared/i18n/sync.da.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { OtherMachineLogs } from './otherMachineLogs.ts';
import { databaseName, parseRemote, remoteErrorMessage } from './remote.ts';
import { SyncEngine } from './syncEngine.ts';
import { SyncFolder } from './syncState.ts';
import type { CredentialStore } from './memoryCredentials.ts';

export { memoryCredentials, type CredentialStore } from './memoryCredentials.ts';

export type SyncSettings = { remote: string | null; user: string | null; password?: string | undefined; committees: string[] };

/** While all is well the server is asked to answer as soon as anything changes (CouchDB's long-polled changes feed), or after this long with nothing. */
const WATCH_TIMEOUT_MS = 25_000;
/** Where the long poll is not possible (an error from it): asked this often instead. */
const POLL_MS = 1500;
/** After a failure: 1 s, 2 s, 4 s … up to a minute. */
const BACKOFF_MAX_MS = 60_000;
/** A local edit is sent this soon after it is saved (edits typed in a burst go together). */
const DEBOUNCE_MS = 250;

/**
 * Continuous synchronisation in the app and the browser host: a round at
 * start, after every local save (debounced), and whenever the server's
 * changes feed (long-polled) says another machine wrote something; after a
 * failure, again with exponential backoff. One round at a time. Its
 * status is what the header shows: synkroniseret, offline, konflikt or fejl.
 */
export class SyncController {
  readonly #store: Store;
  readonly #credentials: CredentialStore;
  readonly #folder: SyncFolder;
  #arrivalCache: { key: string; value: Pick<SyncStatus, 'quarantined' | 'quarantinedTotal' | 'otherMachines'> } | null = null;
  #state: SyncState = 'av';
  #message = '';
  #lastSync: string | null = null;
  #conflicts = 0;
  #failures = 0;
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #again = false;
  #stopped = false;
  #inRound = false;
  #roundChanged = new Set<string>();
  #roundWrote = false;
  #revision = 0;
  #changed: string[] = [];
  /** When the next round is due, set by the round that just ended; null: none (nothing shared). */
  #nextDelay: number | 'watch' | null = null;
  #watching: AbortController | null = null;
  readonly #unsubscribe: () => void;

  constructor(store: Store, credentials: CredentialStore) {
    this.#store = store;
    this.#credentials = credentials;
    this.#folder = new SyncFolder(store.dir);
    this.#unsubscribe = store.onChange((change) => {
      // What a round writes itself is no news to send; it is news for the page.
      if (this.#inRound) {
        if (change.type === 'meeting') this.#roundChanged.add(change.meeting.id);
        else if (change.type === 'meetingDeleted') this.#roundChanged.add(change.meetingId);
        this.#roundWrote = true;
        return;
      }
      if (this.#state !== 'av') this.#schedule(DEBOUNCE_MS);
    });
  }

  async start(): Promise<void> {
    const config = await this.#folder.config();
    this.#conflicts = (await this.#folder.conflicts()).open.length;
    if (config.remote && config.committees.length > 0) {
      this.#state = 'arbejder';
      this.#schedule(0);
    }
  }

  async status(): Promise<SyncStatus> {
    const config = await this.#folder.config();
    this.#conflicts = (await this.#folder.conflicts()).open.length;
    const state: SyncState = this.#state === 'synkroniseret' && this.#conflicts > 0 ? 'konflikt' : this.#state === 'konflikt' && this.#conflicts === 0 ? 'synkroniseret' : this.#state;
    return {
      state,
      message: this.#message,
      lastSync: this.#lastSync,
      conflicts: this.#conflicts,
      remote: config.remote,
      user: config.user,
      hasPassword: (await this.#credentials.load()) !== null,
      committees: config.committees,
      machineId: config.machineId,
      revision: this.#revision,
      changed: this.#changed,
      ...(await this.#arrivals(config.committees)),
    };
  }

  /** What the status page shows of what arrived: refusals and other machines' audit chains (read again only when a round ran). */
  async #arrivals(committees: string[]): Promise<Pick<SyncStatus, 'quarantined' | 'quarantinedTotal' | 'otherMachines'>> {
    const key = `${this.#revision}|${this.#lastSync ?? ''}|${committees.join(',')}`;
    if (this.#arrivalCache?.key === key) return this.#arrivalCache.value;
    const report = await this.#folder.quarantineReport();
    const machines = new Map<string, SyncStatus['otherMachines'][number]>();
    for (const id of committees) {
      for (const log of await new OtherMachineLogs(this.#folder.dbDir(databaseName(id))).summary()) {
        const known = machines.get(log.machineId);
        if (!known) machines.set(log.machineId, { ...log });
        else {
          known.entries += log.entries;
          if (log.lastAt && (!known.lastAt || log.lastAt > known.lastAt)) known.lastAt = log.lastAt;
        }
      }
    }
    const value = { quarantined: report.recent, quarantinedTotal: report.total, otherMachines: [...machines.values()] };
    this.#arrivalCache = { key, value };
    return value;
  }

  /** New settings: checked (https only), the password kept by the credential store, and a round started at once. */
  async configure(settings: SyncSettings): Promise<SyncStatus> {
    const config = await this.#folder.config();
    if (!settings.remote) {
      await this.#folder.saveConfig({ ...config, remote: null, committees: [] });
      await this.#credentials.save(null);
      this.#clearTimer();
      this.#state = 'av';
      this.#message = '';
      return this.status();
    }
    const server = parseRemote(settings.remote, null);
    const previous = await this.#credentials.load();
    const user = server.credentials?.username ?? settings.user ?? null;
    const password = server.credentials?.password ?? settings.password ?? (previous && previous.username === user ? previous.password : undefined);
    await this.#credentials.save(user ? { username: user, password: password ?? '' } : null);
    await this.#folder.saveConfig({ ...config, remote: server.url, user, committees: [...new Set(settings.committees)] });
    this.#state = 'arbejder';
    this.#failures = 0;
    await this.syncNow();
    return this.status();
  }

  /** A round now (or right after the one running), resolved when it is done. */
  async syncNow(): Promise<void> {
    this.#clearTimer();
    this.#watching?.abort();
    while (this.#running) await this.#running;
    this.#clearTimer();
    this.#running = this.#round().finally(() => {
      this.#running = null;
      const again = this.#again;
      this.#again = false;
      if (again) this.#schedule(0);
      else if (this.#nextDelay === 'watch') void this.#watch();
      else this.#schedule(this.#nextDelay);
    });
    await this.#running;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#watching?.abort();
    this.#clearTimer();
    this.#unsubscribe();
    await this.#running?.catch(() => undefined);
  }

  async #round(): Promise<void> {
    const config = await this.#folder.config();
    this.#nextDelay = null;
    if (!config.remote || config.committees.length === 0) {
      this.#state = 'av';
      return;
    }
    this.#inRound = true;
    this.#roundChanged = new Set();
    this.#roundWrote = false;
    try {
      const server = parseRemote(config.remote, await this.#credentials.load());
      const report = await new SyncEngine(this.#store, server, config.machineId).round(config.committees);
      this.#conflicts = report.openConflicts;
      if (report.committees.some((c) => c.pulled > 0)) this.#roundWrote = true;
      this.#state = report.openConflicts > 0 ? 'konflikt' : 'synkroniseret';
      this.#message = '';
      this.#lastSync = new Date().toISOString();
      this.#failures = 0;
      this.#nextDelay = 'watch';
    } catch (error) {
      const described = error instanceof ReferentError ? { kind: 'fejl' as const, message: error.message } : remoteErrorMessage(error);
      this.#state = described.kind;
      this.#message = described.kind === 'offline' ? syncText.errors.offline : described.message;
      this.#failures++;
      this.#nextDelay = Math.min(BACKOFF_MAX_MS, 1000 * 2 ** (this.#failures - 1));
    } finally {
      this.#inRound = false;
      if (this.#roundWrote) {
        this.#revision++;
        this.#changed = [...this.#roundChanged];
      }
    }
  }

  /**
   * Waits for news on the server: one long-polled `_changes` request per shared
   * committee since what this machine has read; the first to answer with a
   * change starts a round. A local edit (or stop) cancels the wait.
   */
  async #watch(): Promise<void> {
    if (this.#stopped) return;
    const config = await this.#folder.config();
    if (!config.remote || config.committees.length === 0) return;
    const server = parseRemote(config.remote, await this.#credentials.load());
    const abort = new AbortController();
    this.#watching = abort;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (server.credentials) headers.Authorization = `Basic ${Buffer.from(`${server.credentials.username}:${server.credentials.password}`).toString('base64')}`;
    const waits = config.committees.map(async (id) => {
      const db = databaseName(id);
      const since = (await this.#folder.checkpoint(db, server.url)).since;
      const res = await fetch(`${server.url}${db}/_changes?feed=longpoll&limit=1&timeout=${WATCH_TIMEOUT_MS}&since=${encodeURIComponent(String(since))}`, { headers, signal: abort.signal });
      if (!res.ok) throw new Error(String(res.status));
      const body = (await res.json()) as { results?: unknown[] };
      return (body.results?.length ?? 0) > 0;
    });
    try {
      const news = await Promise.race(waits);
      if (abort.signal.aborted || this.#stopped) return;
      abort.abort();
      if (news) void this.syncNow();
      else void this.#watch();
    } catch {
      if (abort.signal.aborted || this.#stopped) return;
      abort.abort();
      this.#schedule(POLL_MS);
    } finally {
      for (const w of waits) w.catch(() => undefined);
      if (this.#watching === abort) this.#watching = null;
    }
  }

  #schedule(ms: number | null): void {
    if (this.#stopped || ms === null) return;
    if (this.#running) {
      if (ms <= DEBOUNCE_MS) this.#again = true;
      return;
    }
    this.#clearTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.syncNow();
    }, ms);
    this.#timer.unref();
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}

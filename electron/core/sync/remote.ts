import { createHash } from 'node:crypto';
import type PouchDB from 'pouchdb-core';
import { ReferentError } from '../../../shared/api/result.ts';
import { syncText } from '../../../shared/i18n/sync.da.ts';

type RemoteClass = ReturnType<typeof PouchDB.plugin>;
let remoteClass: Promise<RemoteClass> | null = null;

/** PouchDB and its http adapter, loaded on first use: a store that is never shared never pays for them at start. */
function loadRemoteClass(): Promise<RemoteClass> {
  remoteClass ??= (async () => {
    const [{ default: core }, { default: httpAdapter }] = await Promise.all([import('pouchdb-core'), import('pouchdb-adapter-http')]);
    return core.plugin(httpAdapter);
  })();
  return remoteClass;
}

export type Credentials = { username: string; password: string };
/** A server: its address without credentials (what is kept in the sync folder) and the credentials, kept elsewhere. */
export type RemoteServer = { url: string; credentials: Credentials | null };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Checks a server address: https only, except the loopback addresses, so a
 * password never travels in clear text. Credentials in the address are taken
 * out of it (the CLI's form); otherwise the ones given are used.
 */
export function parseRemote(address: string, credentials: Credentials | null = null): RemoteServer {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new ReferentError('ugyldig_forespoergsel', syncText.errors.badAddress);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) throw new ReferentError('ugyldig_forespoergsel', syncText.errors.notHttps);
  let creds = credentials;
  if (url.username) creds = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  const base = url.toString().replace(/\/+$/, '') + '/';
  return { url: base, credentials: creds };
}

/** Credentials for the CLI from the environment, when the address has none. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Credentials | null {
  const username = env.REFERENT_SYNC_USER;
  return username ? { username, password: env.REFERENT_SYNC_PASSWORD ?? '' } : null;
}

/**
 * One CouchDB database per committee. CouchDB names allow lowercase letters,
 * digits and `_$()+-/`; a committee id is mapped into that alphabet and a short
 * hash of the id itself keeps two ids that map alike apart.
 */
export function databaseName(committeeId: string): string {
  const safe = committeeId.toLowerCase().replace(/[^a-z0-9_-]/g, '_').slice(0, 80);
  const hash = createHash('sha256').update(committeeId).digest('hex').slice(0, 8);
  return `referent-${safe}-${hash}`;
}

export type RemoteDb = InstanceType<RemoteClass>;

export async function openRemoteDb(server: RemoteServer, name: string): Promise<RemoteDb> {
  const Remote = await loadRemoteClass();
  return new Remote(server.url + name, server.credentials ? { auth: server.credentials } : {});
}

/** A Danish message for what the server or the network answered. */
export function remoteErrorMessage(error: unknown): { kind: 'offline' | 'fejl'; message: string } {
  const e = error as { status?: number; message?: string; code?: string; name?: string };
  if (e.status === 401 || e.status === 403) return { kind: 'fejl', message: syncText.errors.unauthorized };
  if (typeof e.status === 'number' && e.status > 0 && e.status !== 500) return { kind: 'fejl', message: syncText.errors.server(e.status, e.message ?? '') };
  if (e.status === 500 && e.message && !/fetch failed|ECONNREFUSED|ECONNRESET|socket/i.test(e.message)) return { kind: 'fejl', message: syncText.errors.server(500, e.message) };
  return { kind: 'offline', message: syncText.errors.offline };
}

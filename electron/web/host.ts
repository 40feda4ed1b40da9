import { memoryCredentials } from '../core/sync/memoryCredentials.ts';
import { credentialsFromEnv } from '../core/sync/remote.ts';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../core/api/dispatch.ts';
import { openApp, type ReferentApp } from '../core/openApp.ts';
import { CONTENT_SECURITY_POLICY } from '../core/csp.ts';
import { realFileInsideFolder, resolveInsideFolder } from '../core/security/urlPolicy.ts';
import { da } from '../../shared/i18n/da.ts';
import { securityText } from '../../shared/i18n/security.da.ts';

export type WebHostOptions = {
  dataDir: string;
  seedsDir?: string;
  staticDir: string;
  port?: number;
  now?: () => Date;
  /** Continuous sync through CouchDB (`npm run web`): the password is kept in this process's memory only, seeded from REFERENT_SYNC_USER / REFERENT_SYNC_PASSWORD. */
  sync?: boolean;
};

export type WebHost = {
  /** What to open: the address with this start's access key, `http://127.0.0.1:PORT/?token=…`. */
  url: string;
  /** `http://127.0.0.1:PORT`, without the key. */
  origin: string;
  /** The access key every API call must carry as `Authorization: Bearer <token>`; new at every start. */
  token: string;
  app: ReferentApp;
  close(): Promise<void>;
};

const MAX_BODY_BYTES = 25 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** `application/json`, with at most a UTF-8 charset: what the page sends, and nothing a form or a script tag could. */
const JSON_MEDIA_TYPE = /^application\/json\s*(;\s*charset\s*=\s*("utf-8"|utf-8)\s*)?$/i;

/**
 * The browser host: serves the built renderer and answers the same API as
 * Electron's main process, from the same service and store code. It listens on
 * 127.0.0.1 only and refuses requests whose Host or Origin is not that
 * loopback address, so no other machine or web page can reach the data; and
 * every API call must carry the random key made at this start (printed with
 * the address), so no other local program or user can either.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const app = await openApp(options.dataDir, { seedsDir: options.seedsDir, now: options.now, ...(options.sync ? { syncCredentials: memoryCredentials(credentialsFromEnv()) } : {}) });
  const token = randomBytes(32).toString('base64url');
  const expectedAuthorization = Buffer.from(`Bearer ${token}`);
  let origin = '';

  const authorized = (req: IncomingMessage): boolean => {
    const given = Buffer.from(req.headers.authorization ?? '');
    return given.length === expectedAuthorization.length && timingSafeEqual(given, expectedAuthorization);
  };
  const refuse = (res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) =>
    send(res, status, 'application/json', JSON.stringify({ ok: false, error: { code: 'ugyldig_forespoergsel', message } }), headers);

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[referent web]', error);
      if (!res.headersSent) send(res, 500, 'application/json', JSON.stringify({ ok: false, error: { code: 'intern_fejl', message: da.errors.internal } }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== new URL(origin).host) return send(res, 421, 'text/plain', 'Misdirected request');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
    } catch {
      return refuse(res, 400, securityText.host.badPath);
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Method not allowed');
      if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(res, 403, 'text/plain', 'Forbidden');
      if (!authorized(req)) return refuse(res, 401, securityText.host.unauthorized, { 'WWW-Authenticate': 'Bearer' });
      if (!JSON_MEDIA_TYPE.test(req.headers['content-type'] ?? '')) return refuse(res, 415, securityText.host.mediaType);
      let channel: string;
      try {
        channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch {
        return refuse(res, 400, securityText.host.badPath);
      }
      const body = await readBody(req);
      if (body === null) return refuse(res, 413, da.errors.requestTooLarge);
      let payload: unknown;
      try {
        payload = body.length ? JSON.parse(body) : {};
      } catch {
        return refuse(res, 400, da.errors.invalidRequest);
      }
      const result = await dispatch(app.service, channel, payload);
      return send(res, 200, 'application/json', JSON.stringify(result));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    await serveStatic(url.pathname, res);
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const target = resolveInsideFolder(options.staticDir, pathname);
    if (!target) return send(res, 403, 'text/plain', 'Forbidden');
    // The name is inside the folder; the file must be too, after every symlink is followed.
    const real = await realFileInsideFolder(options.staticDir, target);
    if (real === 'outside') return send(res, 403, 'text/plain', 'Forbidden');
    if (real === null) return send(res, 404, 'text/plain', 'Not found');
    try {
      const data = await readFile(real);
      send(res, 200, TYPES[extname(target)] ?? 'application/octet-stream', data);
    } catch {
      send(res, 404, 'text/plain', 'Not found');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    app,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await app.close();
    },
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...extra,
    // Refused before its body was read: the connection closes, so the unread rest is never taken for the next request.
    ...(res.req && !res.req.complete ? { Connection: 'close' } : {}),
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

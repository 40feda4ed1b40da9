import { request } from 'node:http';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/web/host.ts';
import { tempDir } from '../helpers/tempDir.ts';

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

function call(url: string, options: { method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

async function start() {
  const staticDir = await tempDir();
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Referent</title>');
  await mkdir(join(staticDir, 'assets'));
  host = await startWebHost({ dataDir: await tempDir(), staticDir });
  return host;
}

/** What the page sends: JSON, with this start's key. */
const auth = (h: WebHost, extra: Record<string, string> = {}) => ({ 'Content-Type': 'application/json', Authorization: `Bearer ${h.token}`, ...extra });

describe('web host', () => {
  it('listens on loopback only and serves the renderer with the CSP', async () => {
    const h = await start();
    expect(new URL(h.url).hostname).toBe('127.0.0.1');
    const res = await call(h.url, {});
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Referent</title>');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers the API with JSON envelopes', async () => {
    const h = await start();
    const json = auth(h);
    const created = await call(`${h.origin}/api/committees.create`, { method: 'POST', headers: json, body: JSON.stringify({ name: 'Chefforum' }) });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Chefforum' } });
    const listed = await call(`${h.origin}/api/committees.list`, { method: 'POST', headers: json, body: '{}' });
    expect(JSON.parse(listed.body).value).toHaveLength(1);
    const broken = await call(`${h.origin}/api/committees.create`, { method: 'POST', headers: json, body: '{nope' });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'ugyldig_forespoergsel' } });
  });

  it('refuses other hosts and origins (DNS rebinding, cross-site pages) and path traversal', async () => {
    const h = await start();
    const port = new URL(h.url).port;
    expect((await call(h.url, { headers: { Host: `evil.example:${port}` } })).status).toBe(421);
    const crossSite = await call(`${h.origin}/api/committees.list`, {
      method: 'POST',
      headers: auth(h, { Origin: 'https://evil.example' }),
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
    expect((await call(`${h.origin}/api/committees.list`, { method: 'POST', headers: auth(h, { 'Content-Type': 'text/plain' }), body: '{}' })).status).toBe(415);
    expect((await call(`${h.origin}/..%2f..%2fetc%2fpasswd`, {})).status).toBe(403);
  });

  it('prints its address with a random key, new at every start, and refuses API calls without it (401, in Danish)', async () => {
    const h = await start();
    const first = new URL(h.url);
    expect(first.pathname).toBe('/');
    expect(first.searchParams.get('token')).toBe(h.token);
    expect(h.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const list = (headers: Record<string, string>) => call(`${h.origin}/api/committees.list`, { method: 'POST', headers, body: '{}' });
    const without = await list({ 'Content-Type': 'application/json' });
    expect(without.status).toBe(401);
    expect(without.headers['www-authenticate']).toBe('Bearer');
    expect(JSON.parse(without.body)).toMatchObject({ ok: false, error: { message: expect.stringContaining('adgangsnøgle') } });
    for (const wrong of [`Bearer ${h.token.slice(0, -1)}x`, `Bearer ${h.token}x`, h.token, `Basic ${h.token}`, 'Bearer ', `bearer ${h.token}`]) {
      expect((await list({ 'Content-Type': 'application/json', Authorization: wrong })).status, wrong).toBe(401);
    }
    expect((await list(auth(h))).status).toBe(200);
    // The page itself (no data in it) loads without the key, so the key can come from its address.
    expect((await call(`${h.origin}/`, {})).status).toBe(200);
    const token = h.token;
    await h.close();
    host = await startWebHost({ dataDir: await tempDir(), staticDir: await tempDir() });
    expect(host.token).not.toBe(token);
  });

  it('answers bad percent-encoding with 400, not 500', async () => {
    const h = await start();
    for (const path of ['/api/%E0%A4%A', '/api/%', '/api/committees.list%ZZ', '/api/%C0%AF']) {
      const res = await call(`${h.origin}${path}`, { method: 'POST', headers: auth(h), body: '{}' });
      expect(res.status, path).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'ugyldig_forespoergsel', message: 'Adressen er ugyldig.' } });
    }
  });

  it('takes exactly application/json (with at most a UTF-8 charset)', async () => {
    const h = await start();
    const post = (type: string) => call(`${h.origin}/api/committees.list`, { method: 'POST', headers: auth(h, { 'Content-Type': type }), body: '{}' });
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"']) expect((await post(type)).status, type).toBe(200);
    for (const type of ['application/jsonp', 'application/json-patch+json', 'application/json; charset=latin1', 'application/json, text/plain', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '']) {
      expect((await post(type)).status, type).toBe(415);
    }
  });

  it('never serves a file through a symlink out of the renderer folder', async () => {
    const staticDir = await tempDir();
    const outside = await tempDir();
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Referent</title>');
    await writeFile(join(outside, 'hemmelig.txt'), 'hemmelig');
    await symlink(join(outside, 'hemmelig.txt'), join(staticDir, 'hemmelig.txt'));
    await symlink(outside, join(staticDir, 'ude'));
    await symlink(join(staticDir, 'index.html'), join(staticDir, 'inde.html'));
    host = await startWebHost({ dataDir: await tempDir(), staticDir });
    expect((await call(`${host.origin}/hemmelig.txt`, {})).status).toBe(403);
    expect((await call(`${host.origin}/ude/hemmelig.txt`, {})).status).toBe(403);
    expect((await call(`${host.origin}/inde.html`, {})).body).toContain('<title>Referent</title>');
    expect((await call(`${host.origin}/findes-ikke.js`, {})).status).toBe(404);
  });
});

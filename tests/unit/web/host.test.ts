import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
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
    const json = { 'Content-Type': 'application/json' };
    const created = await call(h.url + 'api/committees.create', { method: 'POST', headers: json, body: JSON.stringify({ name: 'Chefforum' }) });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Chefforum' } });
    const listed = await call(h.url + 'api/committees.list', { method: 'POST', headers: json, body: '{}' });
    expect(JSON.parse(listed.body).value).toHaveLength(1);
    const broken = await call(h.url + 'api/committees.create', { method: 'POST', headers: json, body: '{nope' });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'ugyldig_forespoergsel' } });
  });

  it('refuses other hosts and origins (DNS rebinding, cross-site pages) and path traversal', async () => {
    const h = await start();
    const port = new URL(h.url).port;
    expect((await call(h.url, { headers: { Host: `evil.example:${port}` } })).status).toBe(421);
    const crossSite = await call(h.url + 'api/committees.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
    expect((await call(h.url + 'api/committees.list', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await call(h.url + '..%2f..%2fetc%2fpasswd', {})).status).toBe(403);
  });
});

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir.ts';

/** POST one API call to the host, as the renderer does: with the access key from the printed address. */
async function call(address: string, channel: string, body: unknown): Promise<{ ok: boolean; value?: unknown }> {
  const url = new URL(address);
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${url.searchParams.get('token')}` };
  const res = await fetch(`${url.origin}/api/${channel}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return (await res.json()) as { ok: boolean; value?: unknown };
}

describe('the browser host bundle (dist/node/web.mjs, what `npm run web` starts)', () => {
  it('starts from plain JavaScript and finds its search and export workers beside it', async () => {
    const dataDir = await tempDir();
    const host = spawn(process.execPath, [join('dist', 'node', 'web.mjs')], { env: { ...process.env, REFERENT_DATA: dataDir, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    host.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        host.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        host.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
      });
      const list = await call(url, 'meetings.list', {});
      expect((list.value as unknown[]).length).toBe(3);
      const hits = (await call(url, 'search.query', { text: 'kommissorier budg' })).value as { title: string }[];
      expect(hits.map((h) => h.title)).toEqual(['Kommissorier til budgetanalyser']);
      const exported = (await call(url, 'export.file', { format: 'docx', meetingId: 'haderslev-obu-2026-02-03' })).value as { fileName: string };
      expect(exported.fileName).toMatch(/\.docx$/);
      // Neither worker fell back to the main thread or failed to load.
      expect(stderr).toBe('');
    } finally {
      host.kill('SIGTERM');
    }
  });
});

import { request } from 'node:http';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { MAX_ITEMS_PER_MEETING } from '../../../electron/core/service/referentService.ts';
import { startWebHost } from '../../../electron/web/host.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

describe('oversized input', () => {
  it(`a meeting is capped at ${MAX_ITEMS_PER_MEETING} items with a clear message, and a 10,000-item attempt changes nothing after the cap`, async () => {
    const app = await openApp(await tempDir());
    const committee = await createCommittee(app.service);
    const meeting = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
    let refused = 0;
    for (let i = 0; i < 10_000; i += 1) {
      try {
        await app.service['items.add']({ meetingId: meeting.id, title: `Punkt ${i + 1}`, caseNumber: '' });
      } catch (error) {
        expect((error as Error).message).toBe(`Et møde kan højst have ${MAX_ITEMS_PER_MEETING} dagsordenspunkter. Del dagsordenen op i flere møder.`);
        refused += 1;
        if (refused > 3) break;
      }
    }
    expect(app.store.meeting(meeting.id)!.items).toHaveLength(MAX_ITEMS_PER_MEETING);
    await app.close();
  }, 120_000);

  it('a 50 MB paste sent to the browser host is refused with a Danish message and nothing is stored', async () => {
    const staticDir = await mkdtemp(join(tmpdir(), 'referent-static-'));
    await writeFile(join(staticDir, 'index.html'), '<!doctype html>');
    const host = await startWebHost({ dataDir: await tempDir(), staticDir });
    const committee = await createCommittee(host.app.service);
    let m = await host.app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
    m = await host.app.service['items.add']({ meetingId: m.id, title: 'Punkt', caseNumber: '' });
    const item = m.items[0]!;
    const huge = JSON.stringify({ meetingId: m.id, itemId: item.id, sectionId: item.sections[0]!.id, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(50 * 1024 * 1024) }] }] } });
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${host.origin}/api/items.setSection`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` } }, (r) => {
        let body = '';
        r.on('data', (c) => (body += c));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end(huge);
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.message).toBe('Indholdet er for stort til at blive gemt på én gang.');
    expect(host.app.store.meeting(m.id)!.items[0]!.sections[0]!.body).toEqual({ type: 'doc', content: [] });
    await host.close();
  });
});

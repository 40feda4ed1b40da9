import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';
import { startCouchServer } from '../../../scripts/couch/couchServer.ts';
import { openApp } from '../../../electron/core/openApp.ts';
import { memoryCredentials } from '../../../electron/core/sync/syncController.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until<T>(read: () => Promise<T> | T, ok: (value: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('continuous sync', () => {
  it('is offline while the server is away, retries with backoff, and then carries an edit to the other machine by itself', async () => {
    const port = await freePort();
    const remote = `http://127.0.0.1:${port}`;
    const a = await openApp(await tempDir(), { background: false, syncCredentials: memoryCredentials() });
    const b = await openApp(await tempDir(), { background: false, syncCredentials: memoryCredentials() });
    let couch: Awaited<ReturnType<typeof startCouchServer>> | undefined;
    try {
      const committee = await createCommittee(a.service);
      const meeting = await a.service['meetings.create']({ committeeId: committee.id, date: '2026-11-02' });
      const status = await a.service['sync.configure']({ remote, user: 'sekretaer', password: 'x', committees: [committee.id] });
      expect(status.state).toBe('offline');
      expect(status.message).toContain('kan ikke nås');
      expect(status.hasPassword).toBe(true);
      // Work goes on without the server.
      await a.service['items.add']({ meetingId: meeting.id, title: 'Skrevet offline' });

      couch = await startCouchServer(port);
      const back = await until(() => a.service['sync.status']({}), (s) => s.state === 'synkroniseret', 10_000);
      expect(back.state).toBe('synkroniseret');

      await b.service['sync.configure']({ remote, user: null, committees: [committee.id] });
      expect(b.store.meeting(meeting.id)?.items[0]?.title).toBe('Skrevet offline');

      const t0 = Date.now();
      await a.service['meetings.update']({ meetingId: meeting.id, location: 'Rådhuset, lokale 2' });
      const arrived = await until(() => b.store.meeting(meeting.id)?.location, (l) => l === 'Rådhuset, lokale 2', 5_000);
      expect(arrived).toBe('Rådhuset, lokale 2');
      expect(Date.now() - t0).toBeLessThan(5_000);
      const seen = await until(() => b.service['sync.status']({}), (s) => s.changed.includes(meeting.id), 3_000);
      expect(seen.revision).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
      await couch?.close();
    }
  }, 60_000);
});

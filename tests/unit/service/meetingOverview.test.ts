import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch.ts';
import { openApp } from '../../../electron/core/openApp.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

describe('meetings.overview: the navigation’s start data', () => {
  it('gives each committee the meetings around today and its total, from the index after a reopen', async () => {
    const dir = await tempDir();
    let app = await openApp(dir, { background: false });
    const big = await createCommittee(app.service);
    const small = await app.service['committees.create']({ name: 'Lille udvalg', members: [{ name: 'Anne Hansen', role: 'formand' }] });
    // A meeting on the 10th of every month of 2026: nine before 2 October, three from it.
    for (let month = 1; month <= 12; month += 1) await app.service['meetings.create']({ committeeId: big.id, date: `2026-${String(month).padStart(2, '0')}-10` });
    await app.service['meetings.create']({ committeeId: small.id, date: '2026-03-01' });
    await app.close();

    app = await openApp(dir, { background: false });
    const result = await dispatch(app.service, 'meetings.overview', { today: '2026-10-02' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const overview = result.value as Awaited<ReturnType<(typeof app.service)['meetings.overview']>>;
    expect(new Map(overview.totals.map((t) => [t.committeeId, t.count]))).toEqual(new Map([[big.id, 12], [small.id, 1]]));
    const bigDates = overview.meetings.filter((m) => m.committeeId === big.id).map((m) => m.date);
    // The three ahead (fewer than half) and the seven latest held, newest first.
    expect(bigDates).toEqual(['2026-12-10', '2026-11-10', '2026-10-10', '2026-09-10', '2026-08-10', '2026-07-10', '2026-06-10', '2026-05-10', '2026-04-10', '2026-03-10']);
    // Each row is exactly what meetings.list gives for that meeting.
    const listed = new Map((await app.service['meetings.list']({})).map((m) => [m.id, m]));
    for (const m of overview.meetings) expect(m).toEqual(listed.get(m.id));
    await app.close();
  });

  it('refuses a request without a proper date, in Danish', async () => {
    const app = await openApp(await tempDir(), { background: false });
    for (const payload of [{}, { today: '2. oktober' }, { today: 20261002 }]) {
      const result = await dispatch(app.service, 'meetings.overview', payload);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/dato|today/i);
    }
    await app.close();
  });
});

import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch.ts';
import { openApp } from '../../../electron/core/openApp.ts';
import { channelNames } from '../../../shared/api/contract.ts';
import { tempDir } from '../helpers/tempDir.ts';

describe('dispatch', () => {
  it('has a handler for every channel of the contract', async () => {
    const app = await openApp(await tempDir());
    for (const name of channelNames) expect(typeof app.service[name]).toBe('function');
  });

  it('rejects an unknown channel and a payload that does not match the schema, with Danish messages', async () => {
    const app = await openApp(await tempDir());
    expect(await dispatch(app.service, 'fs.readFile', {})).toEqual({
      ok: false,
      error: { code: 'ugyldig_forespoergsel', message: 'Ukendt handling: fs.readFile' },
    });
    const bad = await dispatch(app.service, 'committees.create', { name: '   ' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'ugyldig_forespoergsel' } });
    expect(!bad.ok && bad.error.message).toMatch(/Feltet må ikke være tomt/);
    const badDate = await dispatch(app.service, 'meetings.create', { committeeId: 'x', date: '3/2/2026' });
    expect(!badDate.ok && badDate.error.message).toMatch(/Ugyldig dato/);
    expect(app.store.committees()).toEqual([]);
  });

  it('turns a domain error into a typed envelope', async () => {
    const app = await openApp(await tempDir());
    expect(await dispatch(app.service, 'meetings.get', { meetingId: 'findes-ikke' })).toEqual({
      ok: false,
      error: { code: 'ikke_fundet', message: 'Mødet findes ikke.' },
    });
  });

  it('answers a valid call with the value', async () => {
    const app = await openApp(await tempDir());
    const result = await dispatch(app.service, 'committees.create', { name: 'Direktionen' });
    expect(result).toMatchObject({ ok: true, value: { name: 'Direktionen', members: [] } });
  });
});

import { describe, expect, it } from 'vitest';
import { deferredService } from '../../../electron/core/api/deferredService.ts';
import { dispatch } from '../../../electron/core/api/dispatch.ts';
import { openApp } from '../../../electron/core/openApp.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import type { ServiceApi } from '../../../shared/api/contract.ts';
import { tempDir } from '../helpers/tempDir.ts';

describe('the service before the store has opened (Electron shows its window first)', () => {
  it('calls made while opening wait, and are answered by the real service once it is open', async () => {
    const dir = await tempDir();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const opening = gate.then(() => openApp(dir));
    const service = deferredService(opening.then((app) => app.service));
    let answered = false;
    const list = dispatch(service, 'meetings.list', {}).then((result) => {
      answered = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    release();
    expect(await list).toEqual({ ok: true, value: [] });
    // The real service validates as always.
    expect(await dispatch(service, 'meetings.get', { meetingId: '' })).toMatchObject({ ok: false, error: { code: 'ugyldig_forespoergsel' } });
    await (await opening).close();
  });

  it('when opening fails, every call fails with that error in Danish', async () => {
    const service = deferredService(Promise.reject(new ReferentError('konflikt', 'Datamappen er i brug af et andet Referent-vindue.')) as Promise<ServiceApi>);
    expect(await dispatch(service, 'store.info', {})).toEqual({ ok: false, error: { code: 'konflikt', message: 'Datamappen er i brug af et andet Referent-vindue.' } });
  });
});

import { describe, expect, it } from 'vitest';
import { lazyHandlers } from '../../../electron/core/service/lazyHandlers.ts';
import type { ApiHandlers } from '../../../shared/api/contract.ts';

type Channels = 'files.open' | 'files.showInFolder';

describe('lazyHandlers', () => {
  it('loads a group on its first call only, once for all its channels, and passes each request to its handler', async () => {
    let loads = 0;
    const seen: string[] = [];
    const handlers = lazyHandlers<Channels>(['files.open', 'files.showInFolder'], async () => {
      loads += 1;
      return {
        'files.open': async (req) => (seen.push(`open ${req.path}`), { done: true }),
        'files.showInFolder': async (req) => (seen.push(`show ${req.path}`), { done: true }),
      } satisfies Pick<ApiHandlers, Channels>;
    });
    expect(loads).toBe(0);
    await Promise.all([handlers['files.open']({ path: 'a' }), handlers['files.showInFolder']({ path: 'b' })]);
    await handlers['files.open']({ path: 'c' });
    expect(loads).toBe(1);
    expect(seen).toEqual(['open a', 'show b', 'open c']);
  });

  it('a failed load fails that call and is tried again on the next', async () => {
    let attempt = 0;
    const handlers = lazyHandlers<'files.open'>(['files.open'], async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('import failed');
      return { 'files.open': async () => ({ done: true as const }) };
    });
    await expect(handlers['files.open']({ path: 'a' })).rejects.toThrow('import failed');
    await expect(handlers['files.open']({ path: 'a' })).resolves.toEqual({ done: true });
    expect(attempt).toBe(2);
  });
});

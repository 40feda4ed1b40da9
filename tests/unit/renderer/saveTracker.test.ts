import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveTracker } from '../../../renderer/src/save/saveTracker.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { da } from '../../../shared/i18n/da.ts';

/** A write that resolves or fails when the test says so, recording what it was asked to save. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('save tracker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces: only the last value scheduled for a key within the delay is written', async () => {
    const tracker = new SaveTracker();
    const written: string[] = [];
    for (const value of ['B', 'Bu', 'Bud']) tracker.schedule('item:1:title', async () => void written.push(value));
    expect(tracker.getState()).toEqual({ kind: 'saving' });
    await vi.advanceTimersByTimeAsync(499);
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(written).toEqual(['Bud']);
    expect(tracker.getState()).toEqual({ kind: 'saved' });
  });

  it('keeps writes to one key in order, so an older body never overtakes a newer one', async () => {
    const tracker = new SaveTracker();
    const order: string[] = [];
    const first = deferred();
    const a = tracker.run('section:1:2', async () => {
      await first.promise;
      order.push('old');
    });
    const b = tracker.run('section:1:2', async () => void order.push('new'));
    // Another key is not held up by the first.
    await tracker.run('section:1:3', async () => void order.push('other'));
    first.resolve();
    await Promise.all([a, b]);
    expect(order).toEqual(['other', 'old', 'new']);
  });

  it('shows a failure with its Danish message per key, and retries the same content', async () => {
    const tracker = new SaveTracker();
    let fail = true;
    const bodies: string[] = [];
    const job = async () => {
      bodies.push('tekst');
      if (fail) throw new ReferentError('konflikt', 'Referatet er låst.');
    };
    await expect(tracker.run('item:1:title', job)).rejects.toThrow('Referatet er låst.');
    expect(tracker.getState()).toEqual({ kind: 'error', message: 'Referatet er låst.' });
    expect(tracker.errorFor('item:1:title')).toBe('Referatet er låst.');
    expect(tracker.errorFor('item:1:caseNumber')).toBeUndefined();

    fail = false;
    tracker.retryFailed();
    await tracker.flushAll();
    expect(bodies).toEqual(['tekst', 'tekst']);
    expect(tracker.errorFor('item:1:title')).toBeUndefined();
    expect(tracker.getState()).toEqual({ kind: 'saved' });
  });

  it('words a failure that is not ours (a lost connection) with the general Danish message', async () => {
    const tracker = new SaveTracker();
    await expect(tracker.run('k', async () => Promise.reject(new TypeError('Failed to fetch')))).rejects.toThrow();
    expect(tracker.getState()).toEqual({ kind: 'error', message: da.errors.internal });
  });

  it('sends every pending edit at once and waits for all writes to settle', async () => {
    const tracker = new SaveTracker();
    const written: string[] = [];
    tracker.schedule('a', async () => void written.push('a'));
    tracker.schedule('b', async () => void written.push('b'));
    const slow = deferred();
    void tracker.run('c', () => slow.promise.then(() => void written.push('c')));
    const all = tracker.flushAll();
    await Promise.resolve();
    expect(written).toEqual(['a', 'b']);
    slow.resolve();
    await all;
    expect(written).toEqual(['a', 'b', 'c']);
  });

  it('drops a cancelled edit and forgets a failure whose field is gone', async () => {
    const tracker = new SaveTracker();
    const written: string[] = [];
    tracker.schedule('item:1:title', async () => void written.push('tom titel'));
    tracker.cancel('item:1:title');
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual([]);
    expect(tracker.getState()).toEqual({ kind: 'idle' });

    await tracker.run('section:9:1', async () => Promise.reject(new ReferentError('ikke_fundet', 'Punktet findes ikke.'))).catch(() => undefined);
    expect(tracker.getState().kind).toBe('error');
    tracker.forget('section:9:1');
    expect(tracker.getState()).toEqual({ kind: 'idle' });
  });

  it('tells its listeners when the state changes, and only then', async () => {
    const tracker = new SaveTracker();
    const seen: string[] = [];
    const stop = tracker.subscribe(() => seen.push(tracker.getState().kind));
    // run() answers with the write's result; the tracker settles its state just after, so wait for it.
    await tracker.run('a', async () => undefined);
    await tracker.flushAll();
    await tracker.run('a', async () => undefined);
    await tracker.flushAll();
    stop();
    await tracker.run('a', async () => Promise.reject(new Error('x'))).catch(() => undefined);
    expect(seen).toEqual(['saving', 'saved', 'saving', 'saved']);
  });
});

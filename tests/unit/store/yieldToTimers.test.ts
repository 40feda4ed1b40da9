import { readFile } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { IndexFile } from '../../../electron/core/store/meetingIndex.ts';
import { yieldToTimers } from '../../../electron/core/store/yieldToTimers.ts';
import { SCHEMA_VERSION } from '../../../shared/domain/storeSchema.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

/** Runs `work` from an I/O callback (the loop's poll phase), with a timer already due, as a store's open meets it. */
function fromIoWithDueTimer(order: string[], work: () => Promise<unknown>): Promise<void> {
  return new Promise((done, fail) => {
    readFile(import.meta.filename, () => {
      setTimeout(() => order.push('timer'), 0);
      const due = performance.now() + 5;
      while (performance.now() < due) {
        // The timer is due before the work starts.
      }
      work().then(() => done(), fail);
    });
  });
}

describe('handing the event loop back between slices of work', () => {
  it('lets a due timer run first, even when called from an I/O callback', async () => {
    const order: string[] = [];
    await fromIoWithDueTimer(order, async () => {
      await yieldToTimers();
      order.push('after');
    });
    expect(order).toEqual(['timer', 'after']);
  });

  it('reading the summary index lets timers run before it parses the megabyte it read', async () => {
    const dir = await tempDir();
    const app = await openApp(dir);
    const committee = await createCommittee(app.service);
    await app.service['meetings.create']({ committeeId: committee.id, date: '2026-03-01' });
    await app.close();
    const order: string[] = [];
    const parse = JSON.parse;
    const spy = vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      if (text.startsWith('{"kind":"referent-oversigt"')) order.push('parse');
      return parse(text, reviver);
    });
    try {
      await fromIoWithDueTimer(order, () => new IndexFile(dir, SCHEMA_VERSION).read());
    } finally {
      spy.mockRestore();
    }
    expect(order).toEqual(['timer', 'parse']);
  });
});

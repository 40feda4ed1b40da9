import { createHash } from 'node:crypto';
import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch.ts';
import { openApp } from '../../../electron/core/openApp.ts';
import { apiContract, channelNames } from '../../../shared/api/contract.ts';
import { tempDir } from '../helpers/tempDir.ts';

const CODES = ['ugyldig_forespoergsel', 'ikke_fundet', 'konflikt', 'intern_fejl'];

/** Every byte of the data files (backups aside), to show that bad input changed nothing. */
async function fingerprintDir(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (rel: string) => {
    for (const entry of (await readdir(join(dir, rel), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(rel, entry.name);
      if (entry.name === 'backups' || entry.name === 'referent.lock') continue;
      if (entry.isDirectory()) await walk(path);
      else hash.update(path).update(await readFile(join(dir, path)));
    }
  };
  await walk('.');
  return hash.digest('hex');
}

/** Payloads of the right general shape but wrong in some way: wrong types, unknown ids, huge or odd strings. */
const nearMiss = fc.dictionary(
  fc.constantFrom('meetingId', 'committeeId', 'itemId', 'sectionId', 'memberId', 'name', 'title', 'date', 'time', 'text', 'body', 'patch', 'participants', 'toIndex', 'backupId', 'reason', 'comment', 'decision', 'members', 'template'),
  fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.anything(), { maxLength: 3 }), fc.object({ maxDepth: 2 }), fc.constant('<script>alert(1)</script>'), fc.constant('x'.repeat(300_000))),
);

describe('API fuzz', () => {
  it('random payloads to every handler get typed errors in Danish and leave the store’s bytes unchanged', async () => {
    const dir = await tempDir();
    await cp(join(process.cwd(), 'seeds'), dir, { recursive: true });
    const app = await openApp(dir);
    const before = await fingerprintDir(dir);
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channelNames), fc.oneof(fc.anything(), nearMiss), async (channel, payload) => {
        // A payload the schema accepts is not bad input, unless it names things that do not exist (those must fail cleanly too).
        const valid = apiContract[channel].request.safeParse(payload ?? {}).success;
        fc.pre(!valid || !['committees.create', 'meetings.create', 'identity.memberFile', 'backups.create', 'committees.list', 'meetings.list', 'backups.list', 'store.info', 'templates.list', 'search.query'].includes(channel));
        const result = await dispatch(app.service, channel, payload);
        cases += 1;
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(CODES).toContain(result.error.code);
          expect(result.error.message).toMatch(/[a-zæøå]/i);
          expect(result.error.code).not.toBe('intern_fejl');
        }
      }),
      { numRuns: 3000 },
    );
    await app.service.flush();
    expect(await fingerprintDir(dir)).toBe(before);
    console.log(`API fuzz: ${cases} cases over ${channelNames.length} channels, store unchanged`);
    await app.close();
  }, 120_000);

  it('an unknown channel and a non-object payload are refused the same way', async () => {
    const app = await openApp(await tempDir());
    for (const channel of ['__proto__', 'constructor', 'toString', '', 42, null]) {
      expect(await dispatch(app.service, channel, {})).toMatchObject({ ok: false, error: { code: 'ugyldig_forespoergsel' } });
    }
    await app.close();
  });
});

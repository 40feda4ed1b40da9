import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch.ts';
import { openApp } from '../../../electron/core/openApp.ts';
import { badCharacterIn, findInputProblem, MAX_JSON_DEPTH } from '../../../electron/core/security/inputGuard.ts';
import { tempDir } from '../helpers/tempDir.ts';

describe('the input guard in front of every schema', () => {
  it('names half a surrogate pair, U+FFFE, U+FFFF and NUL; leaves real text alone', () => {
    expect(badCharacterIn('Økonomiudvalget \uD83D\uDE00 مجلس \u202Eabc \u00AD')).toBeNull();
    expect(badCharacterIn('a\uD800')).toBe('loneSurrogate');
    expect(badCharacterIn('\uDC00a')).toBe('loneSurrogate');
    expect(badCharacterIn('\uDE00\uD83D')).toBe('loneSurrogate');
    expect(badCharacterIn('a\uFFFE')).toBe('nonCharacter');
    expect(badCharacterIn('\uFFFF')).toBe('nonCharacter');
    expect(badCharacterIn('a\u0000b')).toBe('nul');
  });

  it('finds a bad string anywhere, in values and in keys, and says where', () => {
    expect(findInputProblem({ a: [{ b: 'ok' }, { c: ['x', 'y\uD800'] }] })).toEqual({ kind: 'badCharacter', path: 'a.1.c.1', character: 'loneSurrogate' });
    expect(findInputProblem({ patch: { ['ti\uDC00tle']: 'x' } })).toEqual({ kind: 'badCharacter', path: 'patch', character: 'loneSurrogate' });
    expect(findInputProblem('\uFFFF')).toEqual({ kind: 'badCharacter', path: '', character: 'nonCharacter' });
    expect(findInputProblem({ text: 'x'.repeat(5_000_000) + '\u0000' })).toMatchObject({ character: 'nul' });
  });

  it(`refuses more than ${MAX_JSON_DEPTH} levels, cycles included, and accepts shared objects (IPC keeps them shared)`, () => {
    let deep: unknown = 'bund';
    for (let i = 0; i < MAX_JSON_DEPTH - 1; i++) deep = [deep];
    expect(findInputProblem({ deep })).toBeNull();
    expect(findInputProblem({ deep: [deep] })).toEqual({ kind: 'tooDeep' });
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(findInputProblem(cycle)).toEqual({ kind: 'tooDeep' });
    const attrs = { textAlign: 'left' };
    expect(findInputProblem({ content: [{ attrs }, { attrs }, { attrs }] })).toBeNull();
    // Shared at every level: 2^40 paths, walked until the step budget says no.
    let shared: unknown = 'x';
    for (let i = 0; i < 40; i++) shared = [shared, shared];
    expect(findInputProblem(shared)).toEqual({ kind: 'tooLarge' });
  });

  it('refuses such text at the API with a Danish message naming the field, and stores nothing', async () => {
    const dir = await tempDir();
    const app = await openApp(dir);
    const committee = await app.service['committees.create']({ name: 'Økonomiudvalget', members: [{ name: 'Anne Madsen' }] });
    const before = await readFile(join(dir, 'referent.json'));
    const cases: [unknown, string][] = [
      [{ committeeId: committee.id, name: 'Økonomi\uD800udvalget' }, 'Teksten i feltet »name« indeholder et ufuldstændigt tegn (en halv UTF-16-surrogat). Fjern tegnet, og prøv igen; intet er gemt.'],
      [{ committeeId: committee.id, name: 'Økonomiudvalget\uFFFE' }, 'Teksten i feltet »name« indeholder et tegn, der ikke må stå i tekst (U+FFFE eller U+FFFF). Fjern tegnet, og prøv igen; intet er gemt.'],
      [{ committeeId: committee.id, members: [{ name: 'Anne\u0000' }] }, 'Teksten i feltet »members.0.name« indeholder et nul-tegn (U+0000). Fjern tegnet, og prøv igen; intet er gemt.'],
    ];
    for (const [payload, message] of cases) {
      expect(await dispatch(app.service, 'committees.update', payload)).toEqual({ ok: false, error: { code: 'ugyldig_forespoergsel', message } });
    }
    expect(await readFile(join(dir, 'referent.json'))).toEqual(before);
    // Emoji (a whole surrogate pair) and right-to-left text are text like any other.
    expect(await dispatch(app.service, 'committees.update', { committeeId: committee.id, name: 'Økonomiudvalget 🙂 مجلس' })).toMatchObject({ ok: true });
    await app.close();
  });
});

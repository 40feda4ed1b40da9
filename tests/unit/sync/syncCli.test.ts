import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';
import { useTestCouch } from '../helpers/couchServer.ts';
import { openApp } from '../../../electron/core/openApp.ts';
import { runCli } from '../../../electron/cli/referent.ts';
import { parseRemote } from '../../../electron/core/sync/remote.ts';
import { assignOrderKeys } from '../../../electron/core/sync/orderKeys.ts';

const couch = useTestCouch();

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('referent sync', () => {
  it('shares, joins, and keeps the password out of every file', async () => {
    const a = await tempDir();
    const b = await tempDir();
    const app = await openApp(a, { background: false });
    const committee = await createCommittee(app.service);
    const meeting = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-10-01' });
    await app.close();
    const remote = couch.url.replace('http://', 'http://sekretaer:Hemmeligt-Kodeord-42@');
    const shared = await cli(['sync', '--data', a, '--remote', remote, '--committee', committee.id]);
    expect(shared.code, shared.err).toBe(0);
    expect(shared.out).toContain(committee.name);
    const joined = await cli(['sync', '--data', b, '--remote', couch.url, '--committee', committee.id]);
    expect(joined.code, joined.err).toBe(0);
    // Without --committee: those already shared.
    expect((await cli(['sync', '--data', b, '--remote', couch.url])).code).toBe(0);
    const opened = await openApp(b, { readOnly: true, background: false });
    expect(opened.store.meeting(meeting.id)?.date).toBe('2026-10-01');
    await opened.close();
    for (const file of await filesUnder(a)) expect(await readFile(file, 'latin1'), file).not.toContain('Hemmeligt-Kodeord-42');
    expect(JSON.parse(await readFile(join(a, 'sync', 'config.json'), 'utf8'))).toMatchObject({ remote: `${couch.url}/`, user: 'sekretaer', committees: [committee.id] });
  }, 120_000);

  it('refuses plain http to another host, a missing --remote, and says so in Danish when the server is down', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { background: false });
    const committee = await createCommittee(app.service);
    await app.close();
    const plain = await cli(['sync', '--data', dir, '--remote', 'http://couch.example.dk/', '--committee', committee.id]);
    expect(plain.code).toBe(1);
    expect(plain.err).toContain('https://');
    expect((await cli(['sync', '--data', dir])).code).toBe(2);
    const down = await cli(['sync', '--data', dir, '--remote', 'http://127.0.0.1:9/', '--committee', committee.id]);
    expect(down.code).toBe(1);
    expect(down.err).toContain('Serveren kan ikke nås');
    // `import --committee` still takes one value while `sync --committee` takes several.
    expect((await cli(['import', '--data', dir, '--committee', 'x'])).code).toBe(2);
  }, 60_000);

  it('parses addresses: https anywhere, http only on loopback, credentials taken out', () => {
    expect(parseRemote('https://u:p%40ss@couch.kommune.dk/db?x=1')).toEqual({ url: 'https://couch.kommune.dk/db/', credentials: { username: 'u', password: 'p@ss' } });
    expect(parseRemote('http://localhost:5984').url).toBe('http://localhost:5984/');
    expect(() => parseRemote('http://10.0.0.5:5984')).toThrow(/https/);
    expect(() => parseRemote('ftp://x')).toThrow();
    expect(() => parseRemote('ikke en adresse')).toThrow();
  });

  it('order keys: a move changes only the moved item, new items fall between their neighbours', () => {
    const base = new Map([['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
    const moved = assignOrderKeys(['a', 'c', 'd', 'b'], base);
    expect([...moved.entries()].filter(([id, k]) => base.get(id) !== k).map(([id]) => id)).toEqual(['b']);
    expect(moved.get('b')!).toBeGreaterThan(4);
    const added = assignOrderKeys(['x', 'a', 'b', 'y', 'c', 'd'], base);
    expect(added.get('x')!).toBeLessThan(1);
    expect(added.get('y')!).toBeGreaterThan(2);
    expect(added.get('y')!).toBeLessThan(3);
    const keys = ['x', 'a', 'b', 'y', 'c', 'd'].map((id) => added.get(id)!);
    expect([...keys].sort((p, q) => p - q)).toEqual(keys);
  });
});

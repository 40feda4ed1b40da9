import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch.ts';
import { openApp } from '../../../electron/core/openApp.ts';
import { findInputProblem } from '../../../electron/core/security/inputGuard.ts';
import { Store } from '../../../electron/core/store/store.ts';
import { startWebHost, type WebHost } from '../../../electron/web/host.ts';
import { channelNames } from '../../../shared/api/contract.ts';
import type { ApiResult } from '../../../shared/api/result.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { tempDir } from '../helpers/tempDir.ts';

/**
 * The API under attack, in one long run over one host and one store (the
 * seeds): random and hostile payloads to every channel through the dispatcher,
 * then random and hostile HTTP requests through the real loopback host. After
 * every case: never an internal error or a 500, and a refused request left
 * every byte of the data folder as it was. At the end the store still opens
 * cleanly and holds nothing the guard would refuse.
 */

const CODES = ['ugyldig_forespoergsel', 'ikke_fundet', 'konflikt', 'intern_fejl'];
const DISPATCH_RUNS = 7_000;
const HTTP_RUNS = 3_000;

/**
 * Every byte of the data files (backups aside: creating one is a legitimate
 * call; the search index in cache/ aside: derived, and written as it is built), to show that refused input changed nothing. Synchronous on purpose:
 * it runs after every one of the >10,000 cases, and the promise round trips
 * would double the run.
 */
function fingerprintDir(dir: string): string {
  const hash = createHash('sha256');
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(rel, entry.name);
      if (entry.name === 'backups' || entry.name === 'cache' || entry.name.startsWith('referent.lock')) continue;
      if (entry.isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(join(dir, path)));
    }
  };
  walk('.');
  return hash.digest('hex');
}

/** Nesting of any depth, built without recursion: plain arrays and objects, or rich text as the editor would nest it. */
function nest(depth: number, kind: 'array' | 'object' | 'rich' | 'attrs'): unknown {
  let value: unknown = kind === 'rich' ? { type: 'text', text: 'bund' } : 'bund';
  for (let i = 0; i < depth; i++) {
    if (kind === 'array') value = [value];
    else if (kind === 'object') value = { x: value };
    else if (kind === 'attrs') value = { a: value };
    else value = { type: i % 2 ? 'listItem' : 'bulletList', content: [value] };
  }
  return value;
}

const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 3 });
/** Characters no text may hold: refused wherever they appear. */
const FORBIDDEN = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFE', '\uFFFF', '\u0000'];
/** Odd but legitimate text: stored as it is (and neutralised where it becomes a file name). */
const ODD = [
  'faktura\u202Efdp.exe',
  '\u2066\u2067\u2068\u2069',
  '\u200F\u200E\u061C',
  '🙂',
  'e\u0301',
  '\uFEFF',
  '\r\n\t\u000B\u000C\u0001',
  '\u0085\u2028\u2029',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'CON',
  'nul.txt',
  '%E0%A4%A',
  '__proto__',
  'x'.repeat(300_000),
  'æ'.repeat(70_000),
];
const forbiddenString = fc.oneof(
  loneSurrogates,
  fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...FORBIDDEN), fc.string({ maxLength: 20 })).map((parts) => parts.join('')),
  fc.tuple(fc.string({ unit: 'binary', maxLength: 20 }), loneSurrogates, fc.constantFrom(...ODD)).map((parts) => parts.join('')),
);
const oddString = fc.oneof(fc.constantFrom(...ODD), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
/** Mostly what must be refused; some odd text that must be taken (each of those is a durable write, the slow part of a case). */
const edgeString = fc.oneof({ weight: 3, arbitrary: forbiddenString }, { weight: 1, arbitrary: oddString });
const deepValue = fc
  .record({ depth: fc.oneof(fc.integer({ min: 20, max: 130 }), fc.integer({ min: 800, max: 5_000 })), kind: fc.constantFrom('array', 'object', 'rich', 'attrs') })
  .map(({ depth, kind }) => nest(depth, kind as 'array' | 'object' | 'rich' | 'attrs'));

/** Payloads of the right general shape but wrong in some way: wrong types, unknown ids, huge or odd strings, deep values. */
const KEYS = ['meetingId', 'committeeId', 'itemId', 'sectionId', 'memberId', 'attachmentId', 'name', 'title', 'date', 'time', 'text', 'body', 'patch', 'participants', 'toIndex', 'backupId', 'reason', 'comment', 'decision', 'members', 'template', 'item', 'index', 'base64', 'path', 'format'];
const nearMissOf = (deep: fc.Arbitrary<unknown>) =>
  fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(fc.string(), edgeString, fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.anything(), { maxLength: 3 }), fc.object({ maxDepth: 2 }), deep));
const nearMiss = nearMissOf(deepValue);
/** For JSON text (JSON.stringify recurses): nesting up to a little past the guard's limit; deeper JSON is written as text. */
const shallowDeepValue = fc
  .record({ depth: fc.integer({ min: 20, max: 130 }), kind: fc.constantFrom('array', 'object', 'rich', 'attrs') })
  .map(({ depth, kind }) => nest(depth, kind as 'array' | 'object' | 'rich' | 'attrs'));

type Ids = { meetingId: string; lockedMeetingId: string; itemId: string; sectionId: string; committeeId: string; memberId: string; attachmentId: string };

/** Hostile values in requests that are otherwise right: real ids, so they reach the schema's depths and the handlers. */
function targeted(ids: Ids, deepValue: fc.Arbitrary<unknown>): fc.Arbitrary<[string, unknown]> {
  const { meetingId, lockedMeetingId, itemId, sectionId, committeeId, memberId } = ids;
  const text = (s: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: s }] }] });
  return fc.oneof(
    deepValue.map((deep): [string, unknown] => ['items.setSection', { meetingId, itemId, sectionId, body: { type: 'doc', content: [deep] } }]),
    fc.integer({ min: 25, max: 120 }).map((depth): [string, unknown] => ['items.setSection', { meetingId, itemId, sectionId, body: { type: 'doc', content: [nest(depth, 'rich')] } }]),
    deepValue.map((deep): [string, unknown] => ['items.setSection', { meetingId, itemId, sectionId, body: { type: 'doc', content: [{ type: 'paragraph', attrs: { deep } }] } }]),
    edgeString.map((s): [string, unknown] => ['items.setSection', { meetingId, itemId, sectionId, body: text(s) }]),
    edgeString.map((s): [string, unknown] => ['items.update', { meetingId, itemId, patch: { title: s } }]),
    edgeString.map((s): [string, unknown] => ['items.update', { meetingId, itemId, patch: { [s]: 'x' } }]),
    edgeString.map((s): [string, unknown] => ['committees.update', { committeeId, name: s }]),
    edgeString.map((s): [string, unknown] => ['meetings.update', { meetingId, location: s }]),
    edgeString.map((s): [string, unknown] => ['search.query', { text: s }]),
    edgeString.map((s): [string, unknown] => ['approvals.reject', { meetingId: lockedMeetingId, memberId, comment: s }]),
    edgeString.map((s): [string, unknown] => ['review.open', { text: s }]),
    edgeString.map((s): [string, unknown] => ['attachments.open', { meetingId, itemId, attachmentId: s }]),
    edgeString.map((s): [string, unknown] => ['items.setSection', { meetingId: lockedMeetingId, itemId: s, sectionId, body: text('Ændret bagefter') }]),
  );
}

const hasBadText = (value: unknown) => findInputProblem(value) !== null;

describe('API fuzz', () => {
  let dir: string;
  let staticDir: string;
  let host: WebHost;
  let ids: Ids;
  let current: string;
  const stats = { cases: 0, refused: 0, accepted: 0, http: 0, httpRefused: 0, attacks: 0, attacksRefused: 0, byChannel: new Map<string, number>() };

  /** After each case: the bytes are as before if it was refused; otherwise the new state is the reference. */
  async function settle(refused: boolean, what: string): Promise<void> {
    const now = fingerprintDir(dir);
    if (refused) expect(now, `refused, yet the data folder changed: ${what}`).toBe(current);
    current = now;
  }

  async function call(channel: string, payload: unknown): Promise<ApiResult<unknown>> {
    const result = await dispatch(host.app.service, channel, payload);
    stats.cases += 1;
    stats.byChannel.set(channel, (stats.byChannel.get(channel) ?? 0) + 1);
    if (result.ok) stats.accepted += 1;
    else {
      stats.refused += 1;
      expect(CODES).toContain(result.error.code);
      expect(result.error.code, `${channel}: ${result.error.message}`).not.toBe('intern_fejl');
      expect(result.error.message).toMatch(/[a-zæøå]/i);
    }
    await settle(!result.ok, channel);
    return result;
  }

  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  function http(options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(host.origin);
      const req = request({ host: url.hostname, port: url.port, path: options.path, method: options.method ?? 'POST', headers: options.headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(options.body);
    });
  }

  /** One HTTP case: never a 500, never an internal error; anything not accepted left the data folder alone. */
  async function httpCase(options: Parameters<typeof http>[0], what: string): Promise<{ status: number; result?: ApiResult<unknown> }> {
    const res = await http(options);
    stats.http += 1;
    expect([200, 400, 401, 403, 404, 405, 413, 415, 421], `${what} → ${res.status}`).toContain(res.status);
    let result: ApiResult<unknown> | undefined;
    if (options.path.startsWith('/api/') && res.body.startsWith('{')) {
      result = JSON.parse(res.body) as ApiResult<unknown>;
      if (!result.ok) expect(result.error.code, `${what}: ${result.error.message}`).not.toBe('intern_fejl');
    }
    const accepted = res.status === 200 && result?.ok === true;
    if (!accepted) stats.httpRefused += 1;
    await settle(!accepted, what);
    return { status: res.status, result };
  }

  beforeAll(async () => {
    // One folder for the whole run (tempDir() would clear it after the first test).
    dir = await mkdtemp(join(tmpdir(), 'referent-fuzz-'));
    staticDir = await mkdtemp(join(tmpdir(), 'referent-fuzz-static-'));
    await cp(join(process.cwd(), 'seeds'), dir, { recursive: true });
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Referent</title>');
    host = await startWebHost({ dataDir: dir, staticDir });
    const svc = host.app.service;
    const meetings = host.app.store.meetings();
    const locked = meetings.find((m) => m.status === 'godkendt')!;
    const draft = meetings.find((m) => m.status !== 'godkendt' && m.status !== 'til_godkendelse')!;
    // This installation's key exists before the run, so a case that only reads it writes nothing.
    await svc['identity.memberFile']({ name: 'Fuzz' });
    const withBilag = await svc['attachments.add']({ meetingId: draft.id, itemId: draft.items[0]!.id, name: 'Budget.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF-1.4 budget').toString('base64') });
    ids = {
      meetingId: draft.id,
      lockedMeetingId: locked.id,
      itemId: draft.items[0]!.id,
      sectionId: draft.items[0]!.sections[0]!.id,
      committeeId: draft.committeeId,
      memberId: host.app.store.committee(draft.committeeId)!.members[0]!.id,
      attachmentId: withBilag.items[0]!.attachments.at(-1)!.id,
    };
    await svc.flush();
    current = fingerprintDir(dir);
  });

  afterAll(async () => {
    agent.destroy();
    await host.close();
    await rm(dir, { recursive: true, force: true });
    await rm(staticDir, { recursive: true, force: true });
  });

  it('named attacks, each refused or harmless', async () => {
    const { meetingId, lockedMeetingId, itemId, sectionId, committeeId, memberId } = ids;
    const refused = async (channel: string, payload: unknown) => {
      stats.attacks += 1;
      const result = await call(channel, payload);
      expect(result.ok, channel).toBe(false);
      stats.attacksRefused += 1;
      return result;
    };
    for (const depth of [25, 100, 850, 10_000, 200_000]) {
      await refused('items.setSection', { meetingId, itemId, sectionId, body: { type: 'doc', content: [nest(depth, 'rich')] } });
      await refused('items.setSection', { meetingId, itemId, sectionId, body: { type: 'doc', content: [{ type: 'paragraph', attrs: { deep: nest(depth, 'attrs') } }] } });
      await refused('committees.update', { committeeId, template: nest(depth, 'object') });
    }
    for (const bad of ['\uD800', 'a\uDFFFb', '\uFFFE', '\uFFFF', '\u0000']) {
      await refused('committees.update', { committeeId, name: `Udvalg ${bad}` });
      await refused('items.update', { meetingId, itemId, patch: { title: `Punkt ${bad}` } });
      await refused('meetings.update', { meetingId, location: `Rådhuset ${bad}` });
      await refused('items.setSection', { meetingId, itemId, sectionId, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: bad }] }] } });
    }
    // A forged bilag record: accepted as an item, the path ignored, and nothing outside the data folder is ever read.
    const passwd = await readFile('/etc/passwd');
    for (const path of ['../../../../../../etc/passwd', '/etc/passwd', '/dev/zero', 'C:\\Windows\\win.ini']) {
      const sha256 = path.includes('passwd') ? createHash('sha256').update(passwd).digest('hex') : 'a'.repeat(64);
      const forgedId = `forfalsket-${stats.attacks}`;
      const item = { ...host.app.store.meeting(meetingId)!.items[0]!, id: forgedId, attachments: [{ id: 'b', name: 'x.pdf', closed: false, file: { path, sha256, size: passwd.length, mimeType: 'application/pdf' } }] };
      expect((await call('items.restore', { meetingId, item, index: 0 })).ok).toBe(true);
      expect(await readFile(join(dir, 'meetings', `${meetingId}.json`), 'utf8')).not.toContain(path.replace(/\\/g, '\\\\'));
      await refused('attachments.open', { meetingId, itemId: forgedId, attachmentId: 'b' });
      expect((await call('items.remove', { meetingId, itemId: forgedId })).ok).toBe(true);
    }
    // The approved protocol does not change, whatever the way in.
    const approved = host.app.store.meeting(lockedMeetingId)!;
    await refused('items.setSection', { meetingId: lockedMeetingId, itemId: approved.items[0]!.id, sectionId: approved.items[0]!.sections[0]!.id, body: { type: 'doc', content: [] } });
    await refused('items.update', { meetingId: lockedMeetingId, itemId: approved.items[0]!.id, patch: { title: 'Ændret' } });
    await refused('items.remove', { meetingId: lockedMeetingId, itemId: approved.items[0]!.id });
    await refused('approvals.approve', { meetingId: lockedMeetingId, memberId: 'ukendt' });
    await refused('approvals.approve', { meetingId, memberId });
    for (const channel of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'items.setSection\u0000', 'ITEMS.ADD']) {
      await refused(channel, {});
    }
    await refused('files.open', { path: '/etc/passwd' });
    await refused('files.showInFolder', { path: '/home' });
    await refused('review.open', { text: `{"kind":"referent-godkendelse","meeting":${'['.repeat(50_000)}${']'.repeat(50_000)}}` });
    await refused('search.query', { text: 'x'.repeat(300_000) });

    // Over HTTP: the host's own checks.
    const h = (extra: Record<string, string> = {}) => ({ 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, ...extra });
    const expectStatus = async (status: number, options: Parameters<typeof http>[0], what: string) => {
      stats.attacks += 1;
      expect((await httpCase(options, what)).status, what).toBe(status);
      stats.attacksRefused += 1;
    };
    await expectStatus(401, { path: '/api/committees.list', headers: { 'Content-Type': 'application/json' }, body: '{}' }, 'no key');
    await expectStatus(401, { path: '/api/committees.list', headers: h({ Authorization: `Bearer ${'A'.repeat(43)}` }), body: '{}' }, 'wrong key');
    await expectStatus(401, { path: '/api/committees.list', headers: h({ Authorization: `Bearer ${host.token}x` }), body: '{}' }, 'key with a character more');
    await expectStatus(401, { path: '/api/committees.list', headers: h({ Authorization: `Bearer ${host.token.slice(1)}` }), body: '{}' }, 'key with a character less');
    await expectStatus(403, { path: '/api/committees.list', headers: h({ Origin: 'https://evil.example' }), body: '{}' }, 'cross-site origin');
    await expectStatus(421, { path: '/api/committees.list', headers: h({ Host: 'evil.example' }), body: '{}' }, 'rebound host');
    await expectStatus(415, { path: '/api/committees.list', headers: h({ 'Content-Type': 'application/jsonp' }), body: '{}' }, 'application/jsonp');
    await expectStatus(415, { path: '/api/committees.list', headers: h({ 'Content-Type': 'text/plain' }), body: '{}' }, 'text/plain');
    for (const path of ['/api/%E0%A4%A', '/api/%', '/api/%C0%AF', '/api/%ED%A0%80', '/api/%FF%FE', '/api/items.add%']) {
      await expectStatus(400, { path, headers: h(), body: '{}' }, `percent ${path}`);
    }
    await expectStatus(400, { path: '/api/committees.update', headers: h(), body: '{"committeeId":' }, 'torn JSON');
    await expectStatus(413, { path: '/api/committees.update', headers: h(), body: Buffer.alloc(26 * 1024 * 1024, 0x20) }, '26 MB body');
    await expectStatus(403, { path: '/..%2f..%2fetc%2fpasswd', method: 'GET' }, 'static traversal');
    await expectStatus(405, { path: '/api/committees.list', method: 'GET', headers: h() }, 'GET on the API');
    const deepText = await httpCase({ path: '/api/items.setSection', headers: h(), body: `{"meetingId":"${meetingId}","itemId":"${itemId}","sectionId":"${sectionId}","body":{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(100_000)}]}]}}` }, 'deep JSON');
    stats.attacks += 1;
    expect(deepText.result).toMatchObject({ ok: false, error: { code: 'ugyldig_forespoergsel' } });
    stats.attacksRefused += 1;
    const escaped = await httpCase({ path: '/api/committees.update', headers: h(), body: `{"committeeId":"${committeeId}","name":"Udvalg \\ud800"}` }, 'escaped lone surrogate');
    stats.attacks += 1;
    expect(escaped.result).toMatchObject({ ok: false, error: { code: 'ugyldig_forespoergsel' } });
    stats.attacksRefused += 1;
  }, 120_000);

  it(`${DISPATCH_RUNS} random and hostile payloads through the dispatcher`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...channelNames), fc.oneof(fc.anything(), nearMiss, deepValue, edgeString)) },
          { weight: 2, arbitrary: targeted(ids, deepValue) },
        ),
        async ([channel, payload]) => {
          const result = await call(channel, payload);
          if (result.ok) expect(hasBadText(host.app.store.meetings()) || hasBadText(host.app.store.committees()), `${channel} stored what the guard refuses`).toBe(false);
        },
      ),
      { numRuns: DISPATCH_RUNS },
    );
  }, 300_000);

  it(`${HTTP_RUNS} random and hostile requests through the real HTTP host`, async () => {
    const { meetingId, itemId, sectionId } = ids;
    const percent = fc.constantFrom('%', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%FF', '%G1', '%%', '%2e%2e%2f', '%00', '%E2%80%AE', '%F0%9F%99%82', '%5C');
    const path = fc.oneof(
      fc.constantFrom(...channelNames).map((c) => `/api/${c}`),
      fc.array(fc.oneof(percent, fc.constantFrom(...channelNames, 'items', '.', '..', '/', 'api')), { minLength: 1, maxLength: 5 }).map((parts) => `/api/${parts.join('')}`),
      fc.array(fc.oneof(percent, fc.constantFrom('..', '/', 'index.html', 'assets', 'etc', 'passwd')), { minLength: 1, maxLength: 6 }).map((parts) => `/${parts.join('')}`),
    );
    const body = fc.oneof(
      fc.oneof(fc.anything(), nearMissOf(shallowDeepValue), edgeString).map((v) => JSON.stringify(v) ?? ''),
      targeted(ids, shallowDeepValue).map(([, payload]) => JSON.stringify(payload)),
      fc.integer({ min: 100, max: 30_000 }).map((n) => `{"meetingId":"${meetingId}","itemId":"${itemId}","sectionId":"${sectionId}","body":${'['.repeat(n)}${']'.repeat(n)}}`),
      fc.constantFrom('{"name":"\\ud800"}', '{"text":"\\uDFFF"}', '{"name":"\\uFFFE"}', '{"name":"a\\u0000"}', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}'),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          path,
          method: fc.constantFrom('POST', 'POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'HEAD'),
          key: fc.constantFrom('right', 'right', 'right', 'right', 'none', 'wrong'),
          type: fc.constantFrom('application/json', 'application/json', 'application/json; charset=utf-8', 'application/jsonp', 'text/plain', 'application/json; charset=latin1', 'multipart/form-data'),
          body,
        }),
        async ({ path: p, method, key, type, body: b }) => {
          const headers: Record<string, string> = { 'Content-Type': type };
          if (key === 'right') headers.Authorization = `Bearer ${host.token}`;
          if (key === 'wrong') headers.Authorization = `Bearer ${host.token.split('').reverse().join('')}`;
          const { status } = await httpCase({ path: p, method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : b }, `${method} ${p}`);
          // Without the right key nothing on the API answers but 401 (the path read as the host reads it; one it cannot read is 400).
          if (method === 'POST' && key !== 'right' && URL.canParse(p, host.origin) && new URL(p, host.origin).pathname.startsWith('/api/')) expect(status, `${p} without the key`).toBe(401);
        },
      ),
      { numRuns: HTTP_RUNS },
    );
  }, 300_000);

  it('leaves a store that opens cleanly and holds nothing the guard refuses', async () => {
    await host.app.service.flush();
    const copy = await tempDir();
    await cp(dir, copy, { recursive: true });
    const store = await Store.open(copy, { readOnly: true });
    // A copied folder has new inodes, so the index's file stamps differ: that notice is the copy's, not damage.
    expect(store.notices().filter((n) => !n.includes('uden for Referent'))).toEqual([]);
    expect(findInputProblem(store.meetings() as Meeting[])).toBeNull();
    expect(findInputProblem(store.committees())).toBeNull();
    await store.close();
    const total = stats.cases + stats.http;
    console.log(
      `API fuzz: ${total} cases (${stats.cases} through the dispatcher over all ${channelNames.length} channels, ${stats.http} over HTTP); ` +
        `${stats.refused + stats.httpRefused} refused with the data folder unchanged, ${stats.accepted + (stats.http - stats.httpRefused)} accepted; ` +
        `${stats.attacksRefused} of ${stats.attacks} named attacks refused; 0 internal errors, 0 × 500`,
    );
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect(channelNames.filter((c) => !stats.byChannel.has(c))).toEqual([]);
  });

  it('an unknown channel and a non-object payload are refused the same way', async () => {
    const app = await openApp(await tempDir());
    for (const channel of ['__proto__', 'constructor', 'toString', '', 42, null]) {
      expect(await dispatch(app.service, channel, {})).toMatchObject({ ok: false, error: { code: 'ugyldig_forespoergsel' } });
    }
    await app.close();
  });
});

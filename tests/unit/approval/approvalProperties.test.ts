import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { Store, meetingPath } from '../../../electron/core/store/store.ts';
import { checkProtocol } from '../../../electron/core/approval/verifyProtocol.ts';
import type { ServiceApi } from '../../../shared/api/contract.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { tempDir } from '../helpers/tempDir.ts';

const SEEDS = join(process.cwd(), 'seeds');
const APPROVED = 'haderslev-obu-2026-02-03';

/** Every kind of edit a secretary can make to a meeting's content, with generated arguments. */
type Edit = (s: ServiceApi, m: Meeting) => Promise<unknown>;
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() !== '');
const editArb: fc.Arbitrary<[string, Edit]> = fc.oneof(
  fc.tuple(fc.nat(), text).map(([i, t]): [string, Edit] => ['title', (s, m) => s['items.update']({ meetingId: m.id, itemId: m.items[i % m.items.length]!.id, patch: { title: t } })]),
  fc.tuple(fc.nat(), fc.string({ maxLength: 20 })).map(([i, t]): [string, Edit] => ['caseNumber', (s, m) => s['items.update']({ meetingId: m.id, itemId: m.items[i % m.items.length]!.id, patch: { caseNumber: t + '/x' } })]),
  fc.nat().map((i): [string, Edit] => ['closed', (s, m) => s['items.update']({ meetingId: m.id, itemId: m.items[i % m.items.length]!.id, patch: { closed: !m.items[i % m.items.length]!.closed } })]),
  fc.tuple(fc.nat(), fc.nat(), text).map(([i, k, t]): [string, Edit] => ['section', (s, m) => {
    const item = m.items[i % m.items.length]!;
    return s['items.setSection']({ meetingId: m.id, itemId: item.id, sectionId: item.sections[k % item.sections.length]!.id, body: docFromParagraphs(t) });
  }]),
  fc.tuple(fc.nat(), fc.nat()).filter(([a, b]) => a % 7 !== b % 7).map(([i, j]): [string, Edit] => ['move', (s, m) => s['items.move']({ meetingId: m.id, itemId: m.items[i % m.items.length]!.id, toIndex: j % m.items.length })]),
  fc.nat().map((i): [string, Edit] => ['remove', (s, m) => s['items.remove']({ meetingId: m.id, itemId: m.items[i % m.items.length]!.id })]),
  text.map((t): [string, Edit] => ['add', (s, m) => s['items.add']({ meetingId: m.id, title: t, caseNumber: '' })]),
  text.map((t): [string, Edit] => ['location', (s, m) => s['meetings.update']({ meetingId: m.id, location: t })]),
  fc.integer({ min: 1, max: 99 }).map((n): [string, Edit] => ['numbering', (s, m) => s['meetings.update']({ meetingId: m.id, firstItemNumber: n === m.firstItemNumber ? n + 1 : n })]),
  fc.constant<[string, Edit]>(['attendance', (s, m) => s['meetings.update']({ meetingId: m.id, participants: m.participants.map((p, k) => (k === 0 ? { ...p, attendance: 'afbud' } : p)) })]),
);

async function approvedCopy() {
  const dir = await tempDir();
  await cp(SEEDS, dir, { recursive: true });
  return dir;
}

describe('an approved protocol (property tests)', () => {
  // Sixty stores copied, opened, edited and checked: minutes on a loaded machine.
  it('any generated edit is either refused, leaving the stored bytes unchanged, or — after a logged reopening — voids the approvals', async () => {
    let refused = 0;
    let voided = 0;
    await fc.assert(
      fc.asyncProperty(editArb, fc.boolean(), async ([, edit], reopenFirst) => {
        const dir = await approvedCopy();
        const app = await openApp(dir);
        const before = app.store.meeting(APPROVED)!;
        expect(before.status).toBe('godkendt');
        const bytesBefore = await readFile(meetingPath(dir, APPROVED));
        if (!reopenFirst) {
          await expect(edit(app.service, before)).rejects.toThrow(/kan ikke ændres/);
          expect(await readFile(meetingPath(dir, APPROVED))).toEqual(bytesBefore);
          refused += 1;
          await app.close();
          return;
        }
        await app.service['approvals.reopen']({ meetingId: APPROVED, reason: 'Rettelse efter mødet' });
        await edit(app.service, app.store.meeting(APPROVED)!);
        const after = (await Store.open(dir, { readOnly: true })).meeting(APPROVED)!;
        expect(after.approvals).toEqual([]);
        expect(after.reopenings.at(-1)?.voidedApprovals).toHaveLength(before.approvals.length);
        const status = await app.service['approvals.status']({ meetingId: APPROVED });
        expect(status.audit.at(-1)).toMatchObject({ action: 'genaabnet', details: { reason: 'Rettelse efter mødet', voidedApprovals: 5 } });
        await app.close();
        voided += 1;
      }),
      { numRuns: 60 },
    );
    expect(refused + voided).toBe(60);
  }, 240_000);

  it('flipping any character of the printed content of a stored approved meeting makes verification fail', async () => {
    const dir = await approvedCopy();
    const pristine = await readFile(meetingPath(dir, APPROVED), 'utf8');
    const file = JSON.parse(pristine) as { meeting: Meeting };
    const store = await Store.open(dir, { readOnly: true });
    expect(checkProtocol(store.committee(file.meeting.committeeId)!, store.meeting(APPROVED)!).intact).toBe(true);

    // Paths to every printed string: the front block, and every item's title, case number, section titles and texts, bilag.
    const paths: (string | number)[][] = [['location'], ['date'], ['time'], ['frozenCommittee', 'name']];
    file.meeting.frozenCommittee!.members.forEach((_, k) => paths.push(['frozenCommittee', 'members', k, 'name']));
    // An item's kind (beslutning / orientering) steers the editor and is not printed, so it is no part of what was approved.
    const printed = (path: (string | number)[]) => !(path.length === 3 && path[0] === 'items' && path[2] === 'kind');
    const collect = (node: unknown, path: (string | number)[]) => {
      if (typeof node === 'string') {
        if (printed(path)) paths.push(path);
      }
      else if (Array.isArray(node)) node.forEach((v, k) => collect(v, [...path, k]));
      else if (node && typeof node === 'object') for (const [key, v] of Object.entries(node)) if (key !== 'id') collect(v, [...path, key]);
    };
    collect(file.meeting.items, ['items']);
    const get = (path: (string | number)[]) => path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], file.meeting);

    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.nat(), fc.integer({ min: 1, max: 0xffff }), async (path, at, delta) => {
        const value = get(path) as string;
        fc.pre(value.length > 0);
        const index = at % value.length;
        const flipped = String.fromCharCode(((value.charCodeAt(index) + delta) % 0xd7ff) || 0x41);
        fc.pre(flipped !== value[index]);
        const copy = JSON.parse(pristine) as { meeting: Meeting };
        const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], copy.meeting) as Record<string | number, string>;
        parent[path.at(-1)!] = value.slice(0, index) + flipped + value.slice(index + 1);
        const meeting = copy.meeting;
        const result = checkProtocol(store.committee(meeting.committeeId)!, meeting);
        expect(result.intact).toBe(false);
        expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    await writeFile(meetingPath(dir, APPROVED), pristine);
  });
});

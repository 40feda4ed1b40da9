import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch.ts';
import { openApp } from '../../../electron/core/openApp.ts';
import { createBackup } from '../../../electron/core/store/backups.ts';
import { meetingPath, QUARANTINE_DIR, Store } from '../../../electron/core/store/store.ts';
import { MAX_JSON_DEPTH, jsonTooDeep } from '../../../electron/core/security/inputGuard.ts';
import { richTextToDocx } from '../../../electron/core/export/richTextToDocx.ts';
import { ListNumbering } from '../../../electron/core/export/numbering.ts';
import { printedContent } from '../../../shared/domain/printedContent.ts';
import { sha256Canonical } from '../../../electron/core/hash/sha256Canonical.ts';
import { SCHEMA_VERSION } from '../../../shared/domain/storeSchema.ts';
import { MAX_RICH_TEXT_DEPTH, docToPlainText, richDocSchema, type RichDoc, type RichNode } from '../../../shared/text/richText.ts';
import { jsonDepthExceeds } from '../../../shared/text/jsonDepth.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

/** A document `depth` nodes deep (the doc is 1, the text the last): nested lists, as Tab in the editor makes them. */
function nestedLists(depth: number): RichDoc {
  let node: RichNode = { type: 'paragraph', content: [{ type: 'text', text: 'Dybeste punkt' }] };
  // Levels between the doc (1) and the paragraph (depth - 1): list and list item in pairs, a quote for an odd one.
  let between = depth - 3;
  if (between % 2 === 1) {
    node = { type: 'blockquote', content: [node] };
    between -= 1;
  }
  for (; between > 0; between -= 2) node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] };
  return { type: 'doc', content: [node] };
}

/** Plain nesting of any depth, built without recursion. */
function nested(depth: number, key = 'content'): unknown {
  let value: unknown = { type: 'text', text: 'x' };
  for (let i = 0; i < depth; i++) value = { type: 'blockquote', [key]: [value] };
  return value;
}

function jsonDepth(value: unknown): number {
  let depth = 0;
  while (jsonDepthExceeds(value, depth)) depth++;
  return depth;
}

async function meetingWithItem() {
  const dir = await tempDir();
  const app = await openApp(dir);
  const committee = await createCommittee(app.service);
  let meeting = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
  meeting = await app.service['items.add']({ meetingId: meeting.id, title: 'Budgetopfølgning' });
  const item = meeting.items[0]!;
  return { dir, app, committee, meeting, item, sectionId: item.sections[0]!.id };
}

describe('rich text depth', () => {
  it('counts levels as the editor makes them: the test documents are exactly as deep as asked', () => {
    const deepest = (node: RichNode): number => 1 + Math.max(0, ...(node.content ?? []).map(deepest));
    for (const depth of [3, 4, 10, 11, MAX_RICH_TEXT_DEPTH, MAX_RICH_TEXT_DEPTH + 1]) expect(deepest(nestedLists(depth))).toBe(depth);
  });

  it(`accepts ${MAX_RICH_TEXT_DEPTH} levels and refuses ${MAX_RICH_TEXT_DEPTH + 1} with a Danish message, storing nothing`, async () => {
    const { dir, app, meeting, item, sectionId } = await meetingWithItem();
    const ok = await dispatch(app.service, 'items.setSection', { meetingId: meeting.id, itemId: item.id, sectionId, body: nestedLists(MAX_RICH_TEXT_DEPTH) });
    expect(ok.ok).toBe(true);
    const before = await readFile(meetingPath(dir, meeting.id));
    const refused = await dispatch(app.service, 'items.setSection', { meetingId: meeting.id, itemId: item.id, sectionId, body: nestedLists(MAX_RICH_TEXT_DEPTH + 1) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ugyldig_forespoergsel', message: 'Teksten er indlejret for dybt, fx en punktopstilling med mere end 10 niveauer. Ryk nogle punkter ud (Shift+Tab), og prøv igen.' } });
    expect(await readFile(meetingPath(dir, meeting.id))).toEqual(before);
    await app.close();
  });

  it('refuses nesting of 850, 10,000 and 200,000 levels, in the text and in its attributes, without overflowing the stack', async () => {
    const { dir, app, meeting, item, sectionId } = await meetingWithItem();
    const before = await readFile(meetingPath(dir, meeting.id));
    for (const depth of [850, 10_000, 200_000]) {
      const body = { type: 'doc', content: [nested(depth)] };
      const inText = await dispatch(app.service, 'items.setSection', { meetingId: meeting.id, itemId: item.id, sectionId, body });
      expect(inText).toMatchObject({ ok: false, error: { code: 'ugyldig_forespoergsel' } });
      const inAttrs = await dispatch(app.service, 'items.setSection', { meetingId: meeting.id, itemId: item.id, sectionId, body: { type: 'doc', content: [{ type: 'paragraph', attrs: { deep: nested(depth, 'x') } }] } });
      expect(inAttrs).toMatchObject({ ok: false, error: { code: 'ugyldig_forespoergsel', message: `Forespørgslen er indlejret for dybt (højst ${MAX_JSON_DEPTH} niveauer) og er ikke gemt.` } });
      // items.restore carries a whole item: the same limit holds there.
      const restored = await dispatch(app.service, 'items.restore', { meetingId: meeting.id, index: 0, item: { ...item, id: 'nyt-punkt', sections: [{ ...item.sections[0]!, body }] } });
      expect(restored).toMatchObject({ ok: false, error: { code: 'ugyldig_forespoergsel' } });
    }
    // Attributes are flat values and short lists; deeper ones are refused by the schema itself.
    const deepAttrs = richDocSchema.safeParse({ type: 'doc', content: [{ type: 'paragraph', attrs: { deep: nested(3, 'x') } }] });
    expect(deepAttrs.success).toBe(false);
    expect(await readFile(meetingPath(dir, meeting.id))).toEqual(before);
    await app.close();
  });

  it('the deepest valid meeting file stays well inside the JSON limit, with room for what a reopening stores', async () => {
    const { app, committee, meeting, item, sectionId } = await meetingWithItem();
    const table = (inner: RichNode): RichNode => ({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: [120] }, content: [inner] }] }] });
    const body = nestedLists(MAX_RICH_TEXT_DEPTH - 3);
    const deepest: RichDoc = { type: 'doc', content: [table(body.content![0]!)] };
    expect(richDocSchema.safeParse(deepest).success).toBe(true);
    let stored = await app.service['items.setSection']({ meetingId: meeting.id, itemId: item.id, sectionId, body: deepest });
    stored = await app.service['approvals.send']({ meetingId: stored.id });
    stored = await app.service['approvals.reopen']({ meetingId: stored.id, reason: 'Rettelse af beslutningen' });
    const file = { schemaVersion: SCHEMA_VERSION, meeting: stored };
    console.log(`deepest valid meeting file: ${jsonDepth(file)} JSON levels (limit ${MAX_JSON_DEPTH})`);
    expect(jsonDepth(file)).toBeLessThan(MAX_JSON_DEPTH - 20);
    expect(jsonTooDeep(file)).toBe(false);
    // Everything that walks it recursively copes: the export, the fingerprint, search text.
    expect(richTextToDocx(deepest, { numbering: new ListNumbering() }).length).toBeGreaterThan(0);
    expect(sha256Canonical(printedContent(committee, stored))).toMatch(/^[0-9a-f]{64}$/);
    expect(docToPlainText(deepest)).toContain('Dybeste punkt');
    await app.close();
  });

  it('search text is taken from a tree of any depth without recursion', () => {
    expect(docToPlainText({ type: 'doc', content: [nested(200_000) as RichNode] })).toBe('x');
  });
});

describe('a data file nested too deep', () => {
  it('is treated as damaged: quarantined byte for byte, restored from the newest backup, and the user is told', async () => {
    const { dir, app, meeting } = await meetingWithItem();
    await createBackup(dir, 'manuel', SCHEMA_VERSION);
    await app.close();
    const path = meetingPath(dir, meeting.id);
    const good = JSON.parse(await readFile(path, 'utf8')) as { meeting: { items: { sections: { body: unknown }[] }[] } };
    const bad = deepJson(good);
    await writeFile(path, bad);

    const store = await Store.open(dir);
    // Open lists from the index; the check of every file's stamp right after open finds the damage.
    await store.checked();
    expect(store.meeting(meeting.id)?.items).toHaveLength(1);
    const notices = store.notices().join(' ');
    expect(notices).toContain('indlejret for dybt');
    expect(notices).toContain('gendannet fra sikkerhedskopien');
    const [quarantined] = await readdir(join(dir, QUARANTINE_DIR));
    expect(await readFile(join(dir, QUARANTINE_DIR, quarantined!), 'utf8')).toBe(bad);
    await store.close();
  });

  it('opened read-only (the CLI) is refused with a Danish message, not a stack overflow', async () => {
    const { dir, app, meeting } = await meetingWithItem();
    await app.close();
    await writeFile(meetingPath(dir, meeting.id), `{"schemaVersion":${SCHEMA_VERSION},"meeting":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    // Read-only, as the CLI opens it (from the index, no check after open): the meeting is refused when it is read.
    const store = await Store.open(dir, { readOnly: true, background: false });
    expect(() => store.meeting(meeting.id)).toThrow(/beskadiget/);
    // `check` walks every file and names the reason.
    const problems: string[] = [];
    await store.forEachMeeting(() => undefined, (p) => problems.push(p.reason));
    expect(problems.join(' ')).toContain('indlejret for dybt');
    await store.close();
    // A read-only window's check after open names the file and leaves the meeting out of the list.
    const window = await Store.open(dir, { readOnly: true });
    await window.checked();
    expect(window.notices().join(' ')).toContain(`${meeting.id}.json`);
    expect(window.meetingIds()).not.toContain(meeting.id);
    await window.close();
  });

  it('an approval package nested too deep is refused as a bad file, not a stack overflow', async () => {
    const { app, meeting } = await meetingWithItem();
    await app.service['approvals.send']({ meetingId: meeting.id });
    const pkg = JSON.parse((await app.service['approvals.exportPackage']({ meetingId: meeting.id })).text) as { meeting: { items: { sections: { body: unknown }[] }[] } };
    const result = await dispatch(app.service, 'review.open', { text: deepJson(pkg) });
    expect(result).toMatchObject({ ok: false, error: { code: 'ugyldig_forespoergsel', message: expect.stringContaining('godkendelsespakke') } });
    await app.close();
  });
});

/** JSON.stringify recurses too; the file is written by hand, as an attacker or a broken tool would. */
function deepJson(file: { meeting: { items: { sections: { body: unknown }[] }[] } }): string {
  const marker = '"__DEEP__"';
  const body = file.meeting.items[0]!.sections[0]!;
  body.body = '__DEEP__';
  const text = JSON.stringify(file);
  return text.replace(marker, `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(100_000)}{"type":"text","text":"x"}${']}'.repeat(100_000)}]}`);
}

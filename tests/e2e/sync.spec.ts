import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect } from './fixtures.ts';
import { startWebHost, type WebHost } from '../../electron/web/host.ts';
import { startCouchServer, type CouchServer } from '../../scripts/couch/couchServer.ts';
import { SyncPage } from './pages/SyncPage.ts';
import { ItemEditor } from './pages/ItemEditor.ts';
import { AgendaEditor } from './pages/AgendaEditor.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { openApp } from '../../electron/core/openApp.ts';
import { runSyncRound } from '../../electron/core/sync/runSync.ts';
import { docFromParagraphs } from '../../shared/text/richText.ts';

const STATIC_DIR = resolve('dist/renderer');
// Two hosts, a server and two browsers on a shared machine: generous, as for every server-starting step.
// The tests share the hosts and the server made in beforeAll: one worker, in order.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

/** Two machines (two browser hosts on their own data directories, each syncing continuously) and one CouchDB. */
let couch: CouchServer;
let hostA: WebHost;
let hostB: WebHost;
const dirs: string[] = [];

test.beforeAll(async () => {
  couch = await startCouchServer(0);
  for (const _ of [0, 1]) dirs.push(await mkdtemp(join(tmpdir(), 'referent-e2e-sync-')));
  hostA = await startWebHost({ dataDir: dirs[0]!, staticDir: STATIC_DIR, port: 0, sync: true });
  hostB = await startWebHost({ dataDir: dirs[1]!, staticDir: STATIC_DIR, port: 0, sync: true });
});

test.afterAll(async () => {
  await hostA?.close();
  await hostB?.close();
  await couch?.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

test('a change typed in one window appears in the other within 5 s', async ({ page, memberPage }) => {
  const service = hostA.app.service;
  const committee = await service['committees.create']({ name: 'Teknik- og Miljøudvalget', members: [{ name: 'Karen Holm', label: 'A', role: 'formand' }] });
  const meeting = await service['meetings.create']({ committeeId: committee.id, date: '2026-09-01' });
  const withItem = await service['items.add']({ meetingId: meeting.id, title: 'Trafiksikkerhedsplan' });
  const itemId = withItem.items[0]!.id;

  // A shares the committee from the settings panel.
  const a = new SyncPage(page);
  await a.share(hostA.url, couch.url, 'Teknik- og Miljøudvalget');
  await page.screenshot({ path: test.info().outputPath('deling-a.png'), fullPage: true });

  // B joins it by its id.
  const b = new SyncPage(memberPage);
  await b.join(hostB.url, couch.url, committee.id);
  await memberPage.goto(`${hostB.url}#/moede/${meeting.id}`);
  const agendaB = new AgendaEditor(memberPage);
  await expect(agendaB.row('Trafiksikkerhedsplan')).toBeVisible();

  // Typed in A's window …
  await page.goto(`${hostA.url}#/moede/${meeting.id}/punkt/${itemId}`);
  const item = new ItemEditor(page);
  await item.title.click();
  await item.title.press('End');
  await item.title.pressSequentially(' 2027');
  const typed = Date.now();
  // … shows in B's window without a reload.
  await expect(agendaB.row('Trafiksikkerhedsplan 2027')).toBeVisible({ timeout: 5_000 });
  test.info().annotations.push({ type: 'udbredelse', description: `${Date.now() - typed} ms fra indtastning i A til visning i B` });
  await b.expectSynced();
  await memberPage.screenshot({ path: test.info().outputPath('moede-b.png'), fullPage: true });
});

test('a text conflict is shown side by side and resolved with a merge written by hand', async ({ page }) => {
  // Two machines edit the same section offline, then sync: B finds the conflict.
  const [dirA, dirB] = [await mkdtemp(join(tmpdir(), 'referent-e2e-sync-')), await mkdtemp(join(tmpdir(), 'referent-e2e-sync-'))];
  dirs.push(dirA, dirB);
  const a = await openApp(dirA, { background: false });
  const b = await openApp(dirB, { background: false });
  const committee = await a.service['committees.create']({ name: 'Økonomiudvalget', members: [{ name: 'Karen Holm', label: 'A', role: 'formand' }] });
  const meeting = await a.service['meetings.create']({ committeeId: committee.id, date: '2026-09-08' });
  const m = await a.service['items.add']({ meetingId: meeting.id, title: 'Budget 2027' });
  const item = m.items[0]!;
  await runSyncRound(a.store, { remote: couch.url, committees: [committee.id] });
  await runSyncRound(b.store, { remote: couch.url, committees: [committee.id] });
  await a.service['items.setSection']({ meetingId: meeting.id, itemId: item.id, sectionId: item.sections[0]!.id, body: docFromParagraphs('Rammen er 12 mio. kr.') });
  await b.service['items.setSection']({ meetingId: meeting.id, itemId: item.id, sectionId: item.sections[0]!.id, body: docFromParagraphs('Rammen er 14 mio. kr.') });
  await runSyncRound(a.store, { remote: couch.url });
  await runSyncRound(b.store, { remote: couch.url });
  await a.close();
  await b.close();

  const host = await startWebHost({ dataDir: dirB, staticDir: STATIC_DIR, port: 0, sync: true });
  try {
    const sync = new SyncPage(page);
    await sync.open(host.url);
    await expect(sync.badge).toHaveText('Konflikt', { timeout: 15_000 });
    const card = page.getByRole('article', { name: `Felt: ${item.sections[0]!.title}` });
    await expect(card).toContainText('Rammen er 14 mio. kr.');
    await expect(card).toContainText('Rammen er 12 mio. kr.');
    await page.screenshot({ path: test.info().outputPath('konflikt.png'), fullPage: true });
    await card.getByRole('button', { name: 'Skriv en samlet version' }).click();
    await card.getByLabel('Skriv en samlet version').fill('Rammen er 13 mio. kr.');
    await card.getByRole('button', { name: 'Gem samlet version' }).click();
    await expect(page.getByText('Ingen konflikter.')).toBeVisible();
    await sync.expectSynced();
    const stored = host.app.store.meeting(meeting.id)!;
    expect(stored.items[0]!.sections[0]!.body).toEqual(docFromParagraphs('Rammen er 13 mio. kr.'));
  } finally {
    await host.close();
  }
});

test("a member approves in their own Referent, joined through sync: one press, and the secretary's window shows it verified", async ({ page, memberPage }) => {
  const service = hostA.app.service;
  const committee = await service['committees.create']({
    name: 'Børne- og Ungeudvalget',
    members: [
      { name: 'Karen Holm', label: 'A', role: 'formand' },
      { name: 'Bo Ring', label: 'V', role: 'medlem' },
    ],
  });
  const bo = committee.members[1]!;
  // Bo registered his own Referent's key with the secretary once (his member file).
  const memberFile = await hostB.app.service['identity.memberFile']({ name: bo.name });
  await service['members.importKey']({ committeeId: committee.id, memberId: bo.id, text: memberFile.text });
  const meeting = await service['meetings.create']({ committeeId: committee.id, date: '2026-09-15' });
  const m = await service['items.add']({ meetingId: meeting.id, title: 'Skolestruktur' });
  const decision = m.items[0]!.sections.find((s) => s.kind === 'beslutning')!;
  await service['items.setSection']({ meetingId: meeting.id, itemId: m.items[0]!.id, sectionId: decision.id, body: docFromParagraphs('Indstillingen godkendt.') });
  await service['approvals.send']({ meetingId: meeting.id });

  // The secretary shares the committee; Bo's Referent joins it.
  const a = new SyncPage(page);
  await a.share(hostA.url, couch.url, 'Børne- og Ungeudvalget');
  await new SyncPage(memberPage).join(hostB.url, couch.url, committee.id);

  // The secretary's window on the signature page, waiting.
  await page.goto(`${hostA.url}#/moede/${meeting.id}`);
  const onA = await new MeetingPage(page).openSignatures();
  await expect(onA.row('Bo Ring (V)')).toContainText('Afventer');

  // In Bo's window: the protocol sent to approval, his review, and Godkend without a code or a file.
  await memberPage.goto(`${hostB.url}#/moede/${meeting.id}`);
  const onB = await new MeetingPage(memberPage).openSignatures();
  const review = await onB.openReview('Bo Ring (V)');
  await expect(review.getByRole('heading', { name: /Skolestruktur/ })).toBeVisible();
  await expect(review.getByText('Du godkender med din egen nøgle på denne computer', { exact: false })).toBeVisible();
  await expect(review.getByRole('textbox')).toHaveCount(0);
  await memberPage.screenshot({ path: test.info().outputPath('godkend-paa-egen-maskine.png'), fullPage: true });
  await review.getByRole('button', { name: 'Godkend', exact: true }).click();
  await expect(review).toBeHidden();
  await expect(onB.row('Bo Ring (V)')).toContainText('Godkendt');

  // It reaches the secretary's window without a reload, signed with Bo's registered key.
  await expect(onA.row('Bo Ring (V)')).toContainText('Godkendt', { timeout: 15_000 });
  await expect(onA.row('Bo Ring (V)')).toContainText('signeret på eget udstyr');
  await expect(onA.row('Bo Ring (V)').getByRole('note')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('godkendt-hos-sekretaeren.png'), fullPage: true });
  const status = await service['approvals.status']({ meetingId: meeting.id });
  expect(status.intact).toBe(true);
  expect(status.signers.find((s) => s.memberId === bo.id)!.approval).toMatchObject({ method: 'fjern', check: 'gyldig' });

  // Bo's machine's own audit chain arrived with it, signed and checked link by link.
  await a.open(hostA.url);
  const bId = (await hostB.app.service['sync.status']({})).machineId;
  const logs = page.getByRole('table', { name: 'Revisionsspor fra andre maskiner' });
  await expect(logs.getByRole('row', { name: new RegExp(bId.slice(0, 8)) })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('region', { name: 'Afvist ved modtagelse' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('deling-revisionsspor.png'), fullPage: true });
});

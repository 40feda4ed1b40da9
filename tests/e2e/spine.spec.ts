import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { test, expect } from './fixtures.ts';
import { DEFAULT_CODE } from './pages/SignaturePage.ts';
import { AppShell } from './pages/AppShell.ts';
import { CommitteePage } from './pages/CommitteePage.ts';
import { MeetingPage } from './pages/MeetingPage.ts';

const COMMITTEE = 'Organisations- og Beredskabsudvalget';
const FORMAND = 'Holger Mikkelsen (A)';
const MEMBER = 'Finn Lykkeskov (V)';
const ABSENT = 'Svend Brandt (O)';
const APPROVED = /Godkendt \d{2}-\d{2}-\d{4} kl\. \d{2}:\d{2}/;

test('udvalg → møde → punkter → beslutninger → send til godkendelse → godkendelse → genstart → DOCX', async ({ page, host }) => {
  // The whole life of a protocol in one test, DOCX included: long on a loaded machine.
  test.setTimeout(300_000);
  const shell = new AppShell(page);
  const committeePage = new CommitteePage(page);
  const meeting = new MeetingPage(page);
  const editor = meeting.editor;

  // An empty store says what to do first.
  await shell.open(host.url);
  await expect(page.getByRole('heading', { name: 'Opret dit første udvalg' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Opret udvalg' }).click();

  await committeePage.create(COMMITTEE, [
    { name: 'Holger Mikkelsen', label: 'A', role: 'Formand' },
    { name: 'Finn Lykkeskov', label: 'V' },
    { name: 'Svend Brandt', label: 'O' },
  ]);
  await expect(shell.nav.getByRole('link', { name: COMMITTEE })).toBeVisible();

  await committeePage.createMeeting({ date: '2026-02-03' });
  await expect(meeting.heading).toHaveText(COMMITTEE);
  await meeting.setField('Klokkeslæt', '14:30');
  await meeting.setField('Mødested', 'Rådhuset, indgang A, stuen, lokale Hammelev');
  await expect(page.getByText('Tirsdag d. 03. februar 2026 kl. 14:30')).toBeVisible();
  await meeting.setAttendance(ABSENT, 'Afbud');
  await expect(meeting.info.getByText(`${ABSENT} (afbud)`)).toBeVisible();

  await expect(page.getByText(/Dagsordenen er tom/)).toBeVisible();
  await meeting.addItem('Godkendelse af dagsorden', '25/30730');
  await meeting.addItem('Etablering af tværkommunalt IT-samarbejde', '26/777');
  await meeting.addItem('Gensidig orientering', '26/1001');
  await expect(meeting.itemLinks()).toHaveCount(3);

  // Punkt 1
  await meeting.selectItem(1);
  await editor.type('Indstilling', 'Kommunaldirektøren indstiller, at dagsordenen godkendes.');
  await editor.type('Beslutning', 'Godkendt');

  // Punkt 2: a bullet list and bold text in Sagsfremstilling.
  await meeting.selectItem(2);
  await editor.type('Sagsfremstilling', 'Kommunerne skal etablere fælles IT-drift.\n');
  await editor.toggle('Sagsfremstilling', 'Punktopstilling');
  await page.keyboard.type('Fælles serverdrift\nFælles netværksdrift\n\n');
  await editor.toggle('Sagsfremstilling', 'Fed');
  await page.keyboard.type('Frist:');
  await editor.toggle('Sagsfremstilling', 'Fed');
  await page.keyboard.type(' 1. januar 2027.');
  await expect(editor.section('Sagsfremstilling').locator('ul > li')).toHaveCount(2);
  await expect(editor.section('Sagsfremstilling').locator('strong')).toHaveText('Frist:');
  await editor.type('Indstilling', 'Kommunaldirektøren indstiller, at samarbejdet godkendes.');
  await editor.type('Beslutning', 'Godkendt');

  // Punkt 3
  await meeting.selectItem(3);
  await editor.type('Indstilling', 'Orienteringen tages til efterretning.');
  await editor.type('Beslutning', 'Taget til efterretning');

  // Reorder: Gensidig orientering up, to Punkt 2.
  await meeting.moveItemUp(3);
  await expect(meeting.itemLink(2)).toContainText('Gensidig orientering');
  await expect(meeting.itemLink(3)).toContainText('Etablering af tværkommunalt IT-samarbejde');

  // Send to approval: from then on the content is read-only, and the signature page takes over.
  await shell.expectAllSaved();
  await meeting.sendToApproval();
  const signatures = meeting.signatures;
  await expect(signatures.heading).toBeVisible();
  await expect(page.getByText(`${COMMITTEE} skal godkende beslutningsprotokollen.`, { exact: false })).toBeVisible();
  await expect(signatures.fingerprint).toHaveText(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
  const fingerprint = (await signatures.fingerprint.textContent())?.trim() ?? '';

  // Every present member approves on this machine, each after seeing what they approve; the absent one cannot.
  await expect(signatures.row(FORMAND)).toContainText('Formand');
  await expect(signatures.row(FORMAND)).toContainText('Afventer');
  await expect(signatures.approveButton(ABSENT)).toHaveCount(0);
  await expect(signatures.row(ABSENT)).toContainText('Kan ikke godkende');
  const review = await signatures.openReview(FORMAND);
  await expect(review.getByRole('heading', { name: 'Punkt 3: Etablering af tværkommunalt IT-samarbejde' })).toBeVisible();
  await expect(review).toContainText('Kommunaldirektøren indstiller, at samarbejdet godkendes.');
  await expect(review).toContainText(fingerprint);
  await signatures.typeCode(review, DEFAULT_CODE);
  await review.getByRole('button', { name: 'Godkend', exact: true }).click();
  await expect(review).toBeHidden();
  await expect(signatures.row(FORMAND)).toContainText(APPROVED);
  await expect(meeting.status).toHaveText('Til godkendelse');
  await signatures.approve(MEMBER);
  await expect(signatures.row(MEMBER)).toContainText(APPROVED);
  await expect(signatures.progress).toHaveText('Referatet er godkendt af alle tilstedeværende medlemmer.');
  await expect(meeting.status).toHaveText('Godkendt');
  await expect(signatures.auditActions()).toHaveText(['Sendt til godkendelse', 'Godkendt', 'Godkendt']);
  await shell.expectAllSaved();

  // Quit and start again on the same data: everything is still there.
  const hash = new URL(page.url()).hash;
  const url = await host.restart();
  await page.goto(url + hash);
  await expect(signatures.row(FORMAND)).toContainText(APPROVED);
  await expect(signatures.row(MEMBER)).toContainText(APPROVED);
  await expect(signatures.approveButton(ABSENT)).toHaveCount(0);
  await expect(meeting.field('Mødested')).toHaveValue('Rådhuset, indgang A, stuen, lokale Hammelev');
  await expect(meeting.field('Klokkeslæt')).toHaveValue('14:30');
  await expect(meeting.info.getByText(`${ABSENT} (afbud)`)).toBeVisible();
  await expect(shell.nav.getByRole('link', { name: /3\. februar 2026.*Godkendt.*3 punkter/ })).toBeVisible();

  await meeting.openAgenda();
  await expect(meeting.itemLinks()).toHaveText([
    /Punkt 1: Godkendelse af dagsorden\s*25\/30730/,
    /Punkt 2: Gensidig orientering\s*26\/1001/,
    /Punkt 3: Etablering af tværkommunalt IT-samarbejde\s*26\/777/,
  ]);
  await meeting.selectItem(3);
  await expect(editor.caseNumber).toHaveValue('26/777');
  await expect(editor.section('Sagsfremstilling').locator('ul > li')).toHaveText(['Fælles serverdrift', 'Fælles netværksdrift']);
  await expect(editor.section('Sagsfremstilling').locator('strong')).toHaveText('Frist:');
  await expect(editor.section('Beslutning')).toHaveText('Godkendt');
  await meeting.selectItem(2);
  await expect(editor.section('Beslutning')).toHaveText('Taget til efterretning');
  // Approved: read-only, and nothing suggests otherwise.
  await expect(editor.section('Beslutning')).toHaveAttribute('contenteditable', 'false');
  await expect(meeting.lockNotice).toBeVisible();
  await expect(meeting.integrityBanner).toHaveCount(0);

  // Export, and read the document back.
  const download = await meeting.exportDocx();
  expect(download.suggestedFilename()).toBe(`Referat ${COMMITTEE} 03-02-2026.docx`);
  const path = await download.path();
  const { value: text } = await mammoth.extractRawText({ buffer: await readFile(path) });
  expect(text).toContain(`REFERAT ${COMMITTEE} d.\u00a003\u201102\u20112026`);
  expect(text).toContain('Rådhuset, indgang A, stuen, lokale Hammelev');
  expect(text).toContain('Punkt 1: Godkendelse af dagsorden');
  expect(text).toContain('Punkt 2: Gensidig orientering');
  expect(text).toContain('Punkt 3: Etablering af tværkommunalt IT-samarbejde');
  expect(text).toContain('Kommunerne skal etablere fælles IT-drift.');
  expect(text).toContain('Fælles serverdrift');
  expect(text).toContain('Frist: 1. januar 2027.');
  expect(text).toContain('Kommunaldirektøren indstiller, at samarbejdet godkendes.');
  expect(text).toContain('Orienteringen tages til efterretning.');
  expect(text).toContain('Taget til efterretning');
  expect(text.match(/^Godkendt$/gm)?.length).toBeGreaterThanOrEqual(2);
  for (const name of [FORMAND, MEMBER]) {
    expect(text).toMatch(new RegExp(`${escape(name)}[\\s\\S]{0,40}?Godkendt \\d{2}-\\d{2}-\\d{4} kl\\. \\d{2}:\\d{2}`));
  }
  expect(text).not.toMatch(new RegExp(`${escape(ABSENT)}[\\s\\S]{0,40}?Godkendt \\d`));
  expect(text).toContain(`Fingeraftryk: ${fingerprint}`);
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

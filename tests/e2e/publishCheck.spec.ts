import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { arrangeMeeting, CHEFFORUM } from './arrange.ts';
import { axeViolations } from './pages/axe.ts';
import { docFromParagraphs } from '../../shared/text/richText.ts';

const CPR = '010170-1234';

test('tjek før udsendelse: a CPR number blocks marking the dagsorden sent, jumps to its place, and a public export goes out only with a logged reason', async ({ page, host }) => {
  const { meeting } = await arrangeMeeting(host);
  const item = meeting.items[1]!;
  const section = item.sections.find((s) => s.title === 'Sagsfremstilling')!;
  await host.app.service['items.setSection']({
    meetingId: meeting.id,
    itemId: item.id,
    sectionId: section.id,
    body: docFromParagraphs(`Borgeren med CPR-nummer ${CPR} har klaget.`),
  });

  const shell = new AppShell(page);
  const meetingPage = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting(CHEFFORUM, '16. marts 2026');
  // A draft meeting is named as the dagsorden it is.
  await expect(page.locator('.meeting-title .kicker')).toContainText('Dagsorden');
  await expect(page.getByRole('button', { name: 'Eksportér dagsorden (DOCX)' })).toBeVisible();

  // Marking the dagsorden sent runs the check first: the error holds it back.
  await meetingPage.pressStatusStep('Markér dagsorden udsendt');
  const check = meetingPage.publishCheck;
  await expect(check.dialog).toBeVisible();
  await expect(check.summary).toContainText('1 fejl');
  const cpr = check.finding('CPR-nummer');
  await expect(cpr).toContainText('Punkt 2');
  await expect(cpr).toContainText('Fejl');
  await expect(check.proceed('Markér udsendt alligevel')).toBeDisabled();
  await page.screenshot({ path: 'test-results/publish-check-dialog.png' });
  expect(await axeViolations(page)).toEqual([]);

  // The jump opens item 2 with the cursor in the Sagsfremstilling that holds the number.
  await check.jumpTo('CPR-nummer');
  await expect(meetingPage.editor.heading).toContainText('Punkt 2:');
  await expect(meetingPage.editor.section('Sagsfremstilling')).toBeFocused();
  await expect(meetingPage.status).toHaveText('Kladde');

  await meetingPage.exportOptions.getByText('Flere valg').click();
  await meetingPage.exportOptions.getByLabel('Format', { exact: true }).selectOption('packet');
  await page.locator('.meeting-header').screenshot({ path: 'test-results/export-options.png' });
  await meetingPage.exportOptions.getByLabel('Format', { exact: true }).selectOption('docx');
  // A public export: the same error; an override needs a reason, is logged, and then the export goes out.
  await meetingPage.exportChosen({ document: 'dagsorden', audience: 'offentlig' });
  await expect(check.dialog).toBeVisible();
  await expect(check.proceed('Eksportér alligevel')).toBeDisabled();
  await expect(check.dialog.getByRole('button', { name: 'Tilsidesæt med begrundelse' })).toBeDisabled();
  await check.override('Nummeret er et journalnummer, ikke et CPR-nummer.');
  await page.screenshot({ path: 'test-results/publish-check-overridden.png' });
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await check.proceed('Eksportér alligevel').click();
  expect((await download).suggestedFilename()).toBe('Dagsorden Chefforum 16-03-2026 (offentlig).docx');
  await expect(page.getByRole('status').filter({ hasText: 'hentet' })).toContainText('Dagsordenen i offentlig udgave er hentet');

  const audit = (await readFile(join(host.dataDir, 'audit.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { action: string; details: Record<string, unknown> });
  const override = audit.find((entry) => entry.action === 'tjek_tilsidesat');
  expect(override?.details).toMatchObject({ reason: 'Nummeret er et journalnummer, ikke et CPR-nummer.', variant: 'dagsorden', audience: 'offentlig' });

  // Fixed at the place the jump led to, the check is clean and the dagsorden is marked sent at once.
  const box = meetingPage.editor.section('Sagsfremstilling');
  await box.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Borgeren har klaget.');
  await shell.expectAllSaved();
  await meetingPage.pressStatusStep('Markér dagsorden udsendt');
  await expect(meetingPage.status).toHaveText('Dagsorden udsendt');
  await expect(check.dialog).toBeHidden();
});

test('tjek før udsendelse before »Send til godkendelse«: the findings are shown first, and they never hold the referat back from approval', async ({ page, host }) => {
  const { meeting } = await arrangeMeeting(host);
  const item = meeting.items[1]!;
  const section = item.sections.find((s) => s.title === 'Sagsfremstilling')!;
  await host.app.service['items.setSection']({ meetingId: meeting.id, itemId: item.id, sectionId: section.id, body: docFromParagraphs(`Borgeren med CPR-nummer ${CPR} har klaget.`) });

  const shell = new AppShell(page);
  const meetingPage = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting(CHEFFORUM, '16. marts 2026');

  await page.getByRole('button', { name: 'Send til godkendelse', exact: true }).click();
  const check = meetingPage.publishCheck;
  await expect(check.dialog).toBeVisible();
  await expect(check.finding('CPR-nummer')).toContainText('Punkt 2');
  // Sending for approval is not publishing: the error is shown, not enforced.
  await expect(check.proceed('Send til godkendelse alligevel')).toBeEnabled();
  await check.proceed('Send til godkendelse alligevel').click();
  const send = page.getByRole('dialog', { name: 'Send referatet til godkendelse?' });
  await expect(send).toBeVisible();
  await send.getByRole('button', { name: 'Send til godkendelse' }).click();
  await expect(meetingPage.status).toHaveText('Til godkendelse');
});

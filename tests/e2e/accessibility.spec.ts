import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { MemberApprovalPage } from './pages/MemberApprovalPage.ts';

test.use({ withSeeds: true });
// Each axe run takes seconds on a loaded machine (most of it axe's own scheduling), and a test makes up to six.
test.describe.configure({ timeout: 240_000 });

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('hovedskærmene har ingen WCAG 2.1 AA-fejl, som axe kan finde', async ({ page, host }) => {
  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  expect(await violations(page)).toEqual([]);

  await shell.openMeeting('Organisations- og Beredskabsudvalget', '3. februar 2026');
  await expect(meeting.editor.heading).toBeVisible();
  // Approved: the read-only view with its lock notice.
  await expect(meeting.lockNotice).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await meeting.openSignatures();
  expect(await violations(page)).toEqual([]);

  // A meeting still open for edits, with the participants editor out.
  await shell.openMeeting('Chefforum', '28. januar 2026');
  await expect(meeting.editor.heading).toBeVisible();
  await page.getByRole('button', { name: 'Redigér deltagere' }).click();
  expect(await violations(page)).toEqual([]);

  await shell.openCommittee('Chefforum');
  await expect(page.getByRole('heading', { level: 1, name: 'Chefforum' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await shell.startNewCommittee();
  await page.getByRole('button', { name: 'Opret udvalg' }).click();
  expect(await violations(page)).toEqual([]);
});

test('godkendelsens skærme: send-dialog, underskriftsside, gennemsyn, genåbning og medlemmets side', async ({ page, host }) => {
  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting('Direktionen', '16. marts 2026');
  await expect(meeting.editor.heading).toBeVisible();

  // The pre-release check first (the seed's closed items lack a reason: warnings), then the send dialog.
  await page.getByRole('button', { name: 'Send til godkendelse', exact: true }).click();
  await expect(meeting.publishCheck.dialog).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await meeting.publishCheck.proceed('Send til godkendelse alligevel').click();
  await expect(page.getByRole('dialog', { name: 'Send referatet til godkendelse?' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Send til godkendelse' }).click();
  await expect(meeting.signatures.heading).toBeVisible();
  await expect(meeting.signatures.audit).toBeVisible();
  expect(await violations(page)).toEqual([]);

  const row = meeting.signatures.table.getByRole('button', { name: /^Godkend som / }).first();
  await row.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Afvis …' }).click();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Luk' }).click();

  await page.getByRole('button', { name: 'Genåbn referatet' }).click();
  await expect(page.getByRole('dialog', { name: 'Genåbn referatet?' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Annullér' }).click();

  // The member's side, with a package open.
  const meetingId = new URL(page.url()).hash.split('/')[2]!;
  const pkg = await host.app.service['approvals.exportPackage']({ meetingId: decodeURIComponent(meetingId) });
  const member = new MemberApprovalPage(page);
  await member.open();
  await page.getByLabel('Åbn godkendelsespakke', { exact: true }).setInputFiles({ name: pkg.fileName, mimeType: 'application/json', buffer: Buffer.from(pkg.text) });
  await expect(member.review).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

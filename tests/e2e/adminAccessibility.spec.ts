import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { BackupsPage } from './pages/BackupsPage.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { SearchBox } from './pages/SearchBox.ts';
import { TemplateEditorPage } from './pages/TemplateEditorPage.ts';

test.use({ withSeeds: true });
// Each axe run takes seconds on a loaded machine (most of it axe's own scheduling), and a test makes up to six.
test.describe.configure({ timeout: 240_000 });

/** Serious and critical findings only: what blocks someone from using the screen. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('skabelon, søgning, status, stedfortræder og sikkerhedskopier har ingen alvorlige axe-fejl', async ({ page, host }) => {
  const shell = new AppShell(page);
  const template = new TemplateEditorPage(page);
  const search = new SearchBox(page);
  const meeting = new MeetingPage(page);
  const backups = new BackupsPage(page);
  await shell.open(host.url);

  await shell.startNewCommittee();
  await template.chooseReadyTemplate('Chefforum');
  expect(await seriousViolations(page)).toEqual([]);

  await shell.openCommittee('Chefforum');
  await expect(template.form).toBeVisible();
  await template.form.getByLabel('Vælg logo …').setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await expect(template.form.getByRole('alert')).toBeVisible();
  await template.form.getByRole('button', { name: 'Kopiér skabelon …' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Annullér' }).click();

  await search.input.focus();
  await search.type('budget');
  await expect(search.hits().first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await shell.openMeeting('Chefforum', '28. januar 2026');
  await expect(page.getByRole('region', { name: 'Mødets status' })).toBeVisible();
  await page.getByRole('button', { name: 'Redigér deltagere' }).click();
  const absent = meeting.info.getByLabel(/^Fremmøde for /).first();
  await absent.selectOption({ label: 'Afbud' });
  await meeting.info.getByRole('button', { name: /^Tilføj stedfortræder for / }).first().click();
  expect(await seriousViolations(page)).toEqual([]);

  await backups.open();
  await backups.takeBackup();
  await backups.rows().first().getByRole('button', { name: /^Gendan/ }).click();
  await expect(page.getByRole('dialog', { name: 'Gendan sikkerhedskopi?' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Annullér' }).click();
});

test('tastatur: søgefeltet nås med Ctrl+K, og fokus er synligt på skabelonens knapper', async ({ page, host }) => {
  const shell = new AppShell(page);
  await shell.open(host.url);
  await shell.openCommittee('Direktionen');
  const up = page.getByRole('button', { name: 'Flyt afsnit 2 op' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Overskrift for afsnit 1', { exact: true })).toHaveValue('Sagsfremstilling');
  // The row moved to the top, where "up" is disabled: focus follows it to its "down" button, visibly.
  const down = page.getByRole('button', { name: 'Flyt afsnit 1 ned' });
  await expect(down).toBeFocused();
  expect(await down.evaluate('(el) => getComputedStyle(el).outlineStyle')).not.toBe('none');
  await page.keyboard.press('Control+k');
  await expect(new SearchBox(page).input).toBeFocused();
});

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';

test.use({ withSeeds: true });

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
  await page.getByRole('button', { name: 'Redigér deltagere' }).click();
  expect(await violations(page)).toEqual([]);

  await meeting.openSignatures();
  expect(await violations(page)).toEqual([]);

  await shell.openCommittee('Chefforum');
  await expect(page.getByRole('heading', { level: 1, name: 'Chefforum' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await shell.startNewCommittee();
  await page.getByRole('button', { name: 'Opret udvalg' }).click();
  expect(await violations(page)).toEqual([]);
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures.ts';
import { MeetingPage } from './pages/MeetingPage.ts';

const REFERAT = resolve('tests/fixtures/import/council/albertslund-chefforum-2026-01-28-overskrifter.docx');

test('an imported historic referat offers a draft copy, never »Genåbn referatet« or »Send til godkendelse«', async ({ page, host }) => {
  const base64 = readFileSync(REFERAT).toString('base64');
  const analysis = await host.app.service['import.analyse']({ fileName: 'referat.docx', base64 });
  expect(analysis.meeting.documentKind).toBe('referat');
  const { meeting } = await host.app.service['import.commit']({ fileName: 'referat.docx', base64, meeting: analysis.meeting, committee: { kind: 'ny', name: 'Chefforum' } });
  expect(meeting.historic).not.toBeNull();

  const meetingPage = new MeetingPage(page);
  await page.goto(`${host.url}#/moede/${meeting.id}`);
  await expect(page.getByRole('note').filter({ hasText: 'Historisk – godkendt uden for Referent' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lav kladdekopi' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Genåbn referatet|Send til godkendelse/ })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Underskriftsside' })).toHaveText('Underskriftsside');
  await meetingPage.selectItem(1);
  await expect(page.getByRole('note').filter({ hasText: 'historisk referat og kan ikke ændres' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'Genåbn referatet' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('historisk.png'), fullPage: true });
});

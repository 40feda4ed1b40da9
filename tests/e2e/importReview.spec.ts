import { resolve } from 'node:path';
import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { ImportPage } from './pages/ImportPage.ts';
import { MeetingPage } from './pages/MeetingPage.ts';

const DOCX = resolve('tests/fixtures/import/council/albertslund-chefforum-2026-01-28-overskrifter.docx');

test('import: a DOCX referat is reviewed beside its text, corrected, cancelled without a trace, then stored in a committee made from it', async ({ page, host }) => {
  const shell = new AppShell(page);
  const importPage = new ImportPage(page);
  const meetingPage = new MeetingPage(page);
  await shell.open(host.url);
  await importPage.open();

  await importPage.pick(DOCX);
  await expect(importPage.review).toContainText('Intet er gemt endnu.');
  await expect(page.getByLabel('Mødedato')).toHaveValue('2026-01-28');
  expect(await importPage.items.count()).toBeGreaterThan(3);
  await expect(importPage.original).toContainText('Chefforum');
  await expect(importPage.uncertainties.getByRole('heading')).toBeVisible();
  await page.screenshot({ path: 'test-results/import-review.png' });

  // Cancelling stores nothing.
  await importPage.cancel();
  expect(await host.app.service['meetings.list']({})).toEqual([]);
  expect(await host.app.service['committees.list']({})).toEqual([]);

  // Again, with a corrected title and a section boundary joined away, then stored in a new committee.
  await importPage.pick(DOCX);
  const firstTitle = await importPage.itemTitle(1).inputValue();
  await importPage.itemTitle(1).fill(`${firstTitle} (rettet)`);
  const secondItem = importPage.items.nth(1);
  const sectionsBefore = await secondItem.locator('.import-sections > li').count();
  if (sectionsBefore > 1) {
    await secondItem.getByRole('button', { name: /^Slå .* sammen med afsnittet over$/ }).first().click();
    await expect(secondItem.locator('.import-sections > li')).toHaveCount(sectionsBefore - 1);
  }
  await importPage.commit();
  await expect(meetingPage.heading).toBeVisible();
  await expect(meetingPage.itemLink(1)).toContainText(`${firstTitle} (rettet)`);

  const meetings = await host.app.service['meetings.list']({});
  expect(meetings).toHaveLength(1);
  const stored = await host.app.service['meetings.get']({ meetingId: meetings[0]!.id });
  expect(stored.items[0]!.title).toBe(`${firstTitle} (rettet)`);
  if (sectionsBefore > 1) expect(stored.items[1]!.sections.length).toBeLessThan(sectionsBefore + 1);
  // The original file is kept as a closed bilag of the first item.
  expect(stored.items[0]!.attachments.some((a) => a.closed && a.name.includes('albertslund'))).toBe(true);
});

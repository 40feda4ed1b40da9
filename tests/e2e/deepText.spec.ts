import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';

test('tekst indlejret dybere end grænsen: tydelig besked, intet gemt, teksten bevaret; rykket ud gemmes den', async ({ page, host }) => {
  const committee = await host.app.service['committees.create']({ name: 'Direktionen', members: [] });
  const created = await host.app.service['meetings.create']({ committeeId: committee.id, date: '2026-03-16' });
  await host.app.service['items.add']({ meetingId: created.id, title: 'Budgetopfølgning', caseNumber: '' });
  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting('Direktionen', '16. marts 2026');

  // Tab in a list item nests it one level deeper (a list and a list item each): eleven levels (text at 25) pass the limit of 24.
  await meeting.editor.section('Beslutning').click();
  await page.keyboard.type('- Niveau 1');
  for (let level = 2; level <= 11; level++) {
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type(`Niveau ${level}`);
  }
  await expect(shell.saveStatus).toHaveText('Kunne ikke gemme: Teksten er indlejret for dybt, fx en punktopstilling med mere end 10 niveauer. Ryk nogle punkter ud (Shift+Tab), og prøv igen.');
  await expect(meeting.editor.section('Beslutning')).toContainText('Niveau 11');
  await page.screenshot({ path: 'test-results/deep-text-refused.png' });
  const stored = await host.app.service['meetings.get']({ meetingId: created.id });
  expect(JSON.stringify(stored.items[0]!.sections)).not.toContain('Niveau 11');

  // Moved out one level, it fits and is saved.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('.');
  await shell.expectAllSaved();
  const saved = await host.app.service['meetings.get']({ meetingId: created.id });
  expect(JSON.stringify(saved.items[0]!.sections)).toContain('Niveau 11.');
});

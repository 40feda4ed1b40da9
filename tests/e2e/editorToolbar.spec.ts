import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';

test('værktøjslinjen: link, tabel, underoverskrift og nummereret liste gemmes', async ({ page, host }) => {
  const svc = host.app.service;
  const committee = await svc['committees.create']({ name: 'Børne- og Skoleudvalget', members: [] });
  const m = await svc['meetings.create']({ committeeId: committee.id, date: '2026-04-14' });
  await svc['items.add']({ meetingId: m.id, title: 'Skolestruktur', caseNumber: '17.00.00-A00-1-26' });
  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  const editor = meeting.editor;
  await shell.open(host.url);
  await shell.openMeeting('Børne- og Skoleudvalget', '14. april 2026');

  await editor.type('Sagsfremstilling', 'Økonomiske forhold');
  await editor.toggle('Sagsfremstilling', 'Underoverskrift');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Se ');
  await editor.toggle('Sagsfremstilling', 'Link');
  const url = page.getByLabel('Webadresse');
  await url.fill('ikke en adresse');
  await page.getByRole('button', { name: 'Indsæt link' }).click();
  await expect(page.getByText('Skriv en webadresse, der begynder med https://, http:// eller mailto:.')).toBeVisible();
  await url.fill('www.haderslev.dk');
  await page.getByRole('button', { name: 'Indsæt link' }).click();
  await page.keyboard.press('Enter');
  await editor.toggle('Sagsfremstilling', 'Indsæt tabel');
  await page.keyboard.type('Udvalg');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Beslutning');

  await editor.type('Indstilling', '');
  await editor.toggle('Indstilling', 'Nummereret liste');
  await page.keyboard.type('at skolestrukturen drøftes\nat sagen sendes i høring');

  const box = editor.section('Sagsfremstilling');
  await expect(box.locator('h3')).toHaveText('Økonomiske forhold');
  await expect(box.getByRole('link', { name: 'https://www.haderslev.dk' })).toHaveAttribute('href', 'https://www.haderslev.dk');
  await expect(box.locator('table th')).toHaveText(['Udvalg', 'Beslutning', '']);
  await shell.expectAllSaved();

  await page.reload();
  await expect(box.locator('h3')).toHaveText('Økonomiske forhold');
  await expect(box.getByRole('link', { name: 'https://www.haderslev.dk' })).toBeVisible();
  await expect(box.locator('table tr')).toHaveCount(3);
  await expect(editor.section('Indstilling').locator('ol > li')).toHaveText(['at skolestrukturen drøftes', 'at sagen sendes i høring']);
});

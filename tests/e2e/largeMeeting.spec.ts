import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { docFromParagraphs } from '../../shared/text/richText.ts';

test('et møde med 30 punkter og lange tekster: nummerering, tastatur-flyt og sletning med bekræftelse', async ({ page, host }) => {
  const svc = host.app.service;
  const committee = await svc['committees.create']({ name: 'Kommunalbestyrelsen', members: [{ name: 'Borgmester', label: '', role: 'formand' }] });
  let m = await svc['meetings.create']({ committeeId: committee.id, date: '2026-06-24', time: '17:00' });
  const longText = Array.from({ length: 40 }, (_, i) => `Afsnit ${i + 1}: ${'Sagen vedrører budgetopfølgning og den videre proces. '.repeat(6)}`);
  for (let i = 1; i <= 30; i++) {
    m = await svc['items.add']({ meetingId: m.id, title: `Sag nummer ${i}`, caseNumber: `26/${i}` });
    const item = m.items.at(-1);
    const section = item?.sections[0];
    if (item && section) m = await svc['items.setSection']({ meetingId: m.id, itemId: item.id, sectionId: section.id, body: docFromParagraphs(...longText) });
  }

  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting('Kommunalbestyrelsen', '24. juni 2026');
  await expect(meeting.itemLinks()).toHaveCount(30);
  await expect(page.getByRole('tab', { name: /Dagsorden/ })).toContainText('30');

  // Numbers run on through the year: first item 42.
  await meeting.setField('Første punktnummer', '42');
  await expect(meeting.itemLink(71)).toContainText('Sag nummer 30');
  await meeting.selectItem(71);
  await expect(meeting.editor.section('Sagsfremstilling')).toContainText('Afsnit 40:');

  // Reorder from the keyboard: focus stays on the button so the user can keep moving.
  const up = page.getByRole('button', { name: 'Flyt punkt 71 op' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(meeting.itemLink(70)).toContainText('Sag nummer 30');
  await expect(page.getByRole('button', { name: 'Flyt punkt 70 op' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(meeting.itemLink(69)).toContainText('Sag nummer 30');

  // Deleting asks first; cancelling keeps the item.
  await page.getByRole('button', { name: 'Slet punkt 42' }).click();
  const dialog = page.getByRole('dialog', { name: 'Slet dagsordenspunkt?' });
  await expect(dialog).toContainText('Punkt 42: Sag nummer 1');
  await dialog.getByRole('button', { name: 'Annullér' }).click();
  await expect(dialog).toBeHidden();
  await expect(meeting.itemLinks()).toHaveCount(30);
  await meeting.removeItem(42);
  await expect(meeting.itemLinks()).toHaveCount(29);
  await expect(meeting.itemLink(42)).toContainText('Sag nummer 2');
  await shell.expectAllSaved();

  await page.reload();
  await expect(meeting.itemLinks()).toHaveCount(29);
  await expect(meeting.itemLink(68)).toContainText('Sag nummer 30');
});

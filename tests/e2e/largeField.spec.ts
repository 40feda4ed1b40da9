import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { docFromParagraphs, docToPlainText } from '../../shared/text/richText.ts';

/** About 1 MB of Sagsfremstilling: 2,000 paragraphs of some 500 characters. */
const HUGE = Array.from({ length: 2000 }, (_, i) => `Afsnit ${i + 1}: ${'Sagen vedrører budgetopfølgning og den videre proces. '.repeat(9)}`);

test('a 1 MB Sagsfremstilling: typing is kept when the secretary moves to another item or screen at once, and is saved', async ({ page, host }) => {
  const svc = host.app.service;
  const committee = await svc['committees.create']({ name: 'Kommunalbestyrelsen', members: [{ name: 'Borgmester', label: '', role: 'formand' }] });
  let m = await svc['meetings.create']({ committeeId: committee.id, date: '2026-06-24', time: '17:00' });
  m = await svc['items.add']({ meetingId: m.id, title: 'Den store sag', caseNumber: '26/1' });
  m = await svc['items.add']({ meetingId: m.id, title: 'Den lille sag', caseNumber: '26/2' });
  const big = m.items[0]!;
  m = await svc['items.setSection']({ meetingId: m.id, itemId: big.id, sectionId: big.sections[0]!.id, body: docFromParagraphs(...HUGE) });
  expect(HUGE.join('').length).toBeGreaterThan(990_000);
  const stored = async () => docToPlainText((await svc['meetings.get']({ meetingId: m.id })).items[0]!.sections[0]!.body);

  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting('Kommunalbestyrelsen', '24. juni 2026');
  await meeting.selectItem(1);
  const field = meeting.editor.section('Sagsfremstilling');
  await expect(field).toContainText('Afsnit 2000:');

  // Typed at the end, then straight to the other item, well inside the autosave's delay.
  await meeting.editor.type('Sagsfremstilling', ' Sidste sætning skrevet til sidst.');
  await page.screenshot({ path: 'test-results/large-field-end.png' });
  await meeting.selectItem(2);
  await meeting.selectItem(1);
  await expect(field).toContainText('Sidste sætning skrevet til sidst.');

  await shell.expectAllSaved();
  // Typed at the start, then to another screen and back.
  await field.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Først: ');
  await page.screenshot({ path: 'test-results/large-field-start.png' });
  await shell.startNewCommittee();
  await shell.openMeeting('Kommunalbestyrelsen', '24. juni 2026');
  await meeting.selectItem(1);
  await expect(field).toContainText('Først: Afsnit 1:');
  await expect(field).toContainText('Sidste sætning skrevet til sidst.');

  await shell.expectAllSaved();
  const text = await stored();
  expect(text.startsWith('Først: Afsnit 1:')).toBe(true);
  expect(text.trimEnd().endsWith('Sidste sætning skrevet til sidst.')).toBe(true);
  // Nothing else lost or doubled on the way.
  expect(text.split('\n').filter((line) => line.trim() !== '')).toHaveLength(2000);
});

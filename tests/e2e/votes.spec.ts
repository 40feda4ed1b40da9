import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { AgendaEditor } from './pages/AgendaEditor.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { VotePanel } from './pages/VotePanel.ts';
import { arrangeMeeting, ANNE, BO, CHEFFORUM, HENRIK } from './arrange.ts';
import { axeViolations } from './pages/axe.ts';

test('votes are entered in Mødetilstand in a few keystrokes, stored, and shown in the item view; a closed item takes its reason', async ({ page, host }) => {
  const { meeting } = await arrangeMeeting(host);
  const shell = new AppShell(page);
  const agenda = new AgendaEditor(page);
  const meetingPage = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting(CHEFFORUM, '16. marts 2026');
  await meetingPage.selectItem(2);

  await agenda.enterMeetingMode();
  await expect(agenda.meetingMode).toContainText('Punkt 2: Budgetopfølgning 2026');
  const vote = new VotePanel(agenda.meetingMode);
  await vote.by.selectOption({ label: 'Per medlem' });
  // One letter per member (F, I, U), Tab between them.
  await vote.member(HENRIK).focus();
  await page.keyboard.type('F');
  await page.keyboard.press('Tab');
  await page.keyboard.type('F');
  await page.keyboard.press('Tab');
  await page.keyboard.type('I');
  await expect(vote.printed).toContainText('For stemte: Henrik Harder (Kommunaldirektør), Anne Andersen (A) (2). Imod stemte: Bo Berg (V) (1).');
  await shell.expectAllSaved();
  await page.screenshot({ path: 'test-results/votes-meeting-mode.png' });
  expect(await axeViolations(page)).toEqual([]);

  const stored = await host.app.service['meetings.get']({ meetingId: meeting.id });
  const storedVote = stored.items[1]!.vote;
  expect(storedVote?.by).toBe('medlem');
  expect(storedVote?.for.who).toHaveLength(2);
  expect(storedVote?.imod.who).toHaveLength(1);
  expect(storedVote?.undlod.who).toHaveLength(0);

  // Per party on the next item, then back in the ordinary item view the vote is shown as it prints.
  await page.keyboard.press('Alt+PageDown');
  await expect(agenda.meetingMode).toContainText('Punkt 3: Ny persondatapolitik');
  await vote.by.selectOption({ label: 'Per parti' });
  await vote.partyWho('For stemte').fill('A, V');
  await vote.partyCount('For stemte').fill('7');
  await vote.partyWho('Imod stemte').fill('Ø');
  await vote.partyCount('Imod stemte').fill('2');
  await expect(vote.printed).toContainText('For stemte: A, V (7). Imod stemte: Ø (2).');
  await vote.partyCount('Imod stemte').blur();
  await shell.expectAllSaved();
  await agenda.meetingMode.getByRole('button', { name: 'Afslut mødetilstand' }).click();

  await meetingPage.selectItem(2);
  const itemVote = new VotePanel(meetingPage.editor.root);
  await expect(itemVote.by).toHaveValue('medlem');
  await expect(itemVote.member(ANNE)).toHaveValue('for');
  await expect(itemVote.member(BO)).toHaveValue('imod');
  await expect(itemVote.printed).toContainText('Imod stemte: Bo Berg (V) (1).');

  // A closed item: the reason is a choice; »andet« needs its own words before it is stored.
  await meetingPage.editor.closed.check();
  const reason = meetingPage.editor.root.getByLabel('Begrundelse for lukning');
  await reason.selectOption({ label: 'Andet' });
  await expect(meetingPage.editor.root.getByRole('alert')).toContainText('Skriv begrundelsen');
  await meetingPage.editor.root.getByLabel('Begrundelse (andet)').fill('Forhandlingssituation');
  await meetingPage.editor.root.getByLabel('Begrundelse (andet)').blur();
  await shell.expectAllSaved();
  await page.screenshot({ path: 'test-results/votes-item-view.png', fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
  const after = await host.app.service['meetings.get']({ meetingId: meeting.id });
  expect(after.items[1]!.closedReason).toEqual({ ground: 'andet', text: 'Forhandlingssituation' });
  expect(after.items[2]!.vote).toMatchObject({ by: 'parti', for: { who: ['A', 'V'], count: 7 }, imod: { who: ['Ø'], count: 2 } });

  await reason.selectOption({ label: 'Personalesag' });
  await shell.expectAllSaved();
  expect((await host.app.service['meetings.get']({ meetingId: meeting.id })).items[1]!.closedReason).toEqual({ ground: 'personalesag', text: '' });
});

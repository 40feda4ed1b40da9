import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { AgendaEditor } from './pages/AgendaEditor.ts';
import { arrangeMeeting, CHEFFORUM } from './arrange.ts';
import { docToPlainText } from '../../shared/text/richText.ts';

test('mødetilstand: indstilling ved siden af beslutningen, standardformuleringer på taster, næste punkt fra tastaturet, manglende beslutninger markeret', async ({ page, host }) => {
  const { meeting } = await arrangeMeeting(host);
  const shell = new AppShell(page);
  const agenda = new AgendaEditor(page);
  await shell.open(host.url);
  await shell.openMeeting(CHEFFORUM, '16. marts 2026');
  await expect(agenda.list.getByText('Mangler beslutning')).toHaveCount(0);

  await agenda.enterMeetingMode();
  const mode = agenda.meetingMode;
  await expect(mode).toContainText('Punkt 1: Godkendelse af dagsorden');
  await expect(mode).toContainText('2 af 3 punkter har en beslutning');
  // Undecided items are marked in the list while the meeting runs.
  await expect(agenda.row('Ny persondatapolitik')).toContainText('Mangler beslutning');
  await expect(agenda.row('Budgetopfølgning 2026')).not.toContainText('Mangler beslutning');

  // Next item from the keyboard, twice; the decision field takes the focus.
  await mode.getByRole('textbox', { name: 'Beslutning' }).click();
  await page.keyboard.press('Alt+PageDown');
  await expect(mode).toContainText('Punkt 2: Budgetopfølgning 2026');
  // The next press once the new item's decision field has the focus, as a secretary presses after seeing it.
  await expect(mode.getByRole('textbox', { name: 'Beslutning' })).toBeFocused();
  await page.keyboard.press('Alt+PageDown');
  await expect(mode).toContainText('Punkt 3: Ny persondatapolitik');
  const recommendation = mode.getByRole('region', { name: 'Indstilling' });
  await expect(recommendation).toContainText('Direktøren indstiller, at orienteringen tages til efterretning.');
  await expect(recommendation.locator('[contenteditable="true"]')).toHaveCount(0);
  const decision = mode.getByRole('textbox', { name: 'Beslutning' });
  await expect(decision).toBeFocused();

  // Alt+2 while typing inserts phrase 2; outside the text, the bare digit does.
  await page.keyboard.press('Alt+2');
  await expect(decision).toHaveText('Taget til efterretning');
  await mode.getByRole('heading', { name: /Punkt 3/ }).click();
  await mode.focus();
  await page.keyboard.press('5');
  await expect(decision.locator('p')).toHaveText(['Taget til efterretning', 'Tiltrådte indstillingen.']);
  await expect(mode.getByRole('button', { name: 'Indsæt »Godkendt« (tast 1)' })).toBeVisible();
  await expect(mode).toContainText('3 af 3 punkter har en beslutning');
  await expect(agenda.list.getByText('Mangler beslutning')).toHaveCount(0);
  await agenda.expectSaved();

  const stored = await host.app.service['meetings.get']({ meetingId: meeting.id });
  const body = stored.items[2]!.sections.find((s) => s.kind === 'beslutning')!.body;
  expect(docToPlainText(body)).toBe('Taget til efterretning\nTiltrådte indstillingen.');

  // Previous item by keyboard and by button; leaving meeting mode returns to the item editor.
  await decision.click();
  await page.keyboard.press('Alt+PageUp');
  await expect(mode).toContainText('Punkt 2: Budgetopfølgning 2026');
  await mode.getByRole('button', { name: 'Afslut mødetilstand' }).click();
  await expect(mode).toBeHidden();
  await expect(agenda.article.getByRole('heading', { level: 2 })).toContainText('Punkt 2: Budgetopfølgning 2026');
});

import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { SearchBox } from './pages/SearchBox.ts';

test.use({ withSeeds: true });

test('søgning i alle møder: titelord, sagsnummer og ord fra teksten; resultater mens man skriver; Enter åbner punktet', async ({ page, host }) => {
  const shell = new AppShell(page);
  const search = new SearchBox(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);

  // Ctrl+K focuses the field; the empty state says what can be searched for.
  await page.keyboard.press('Control+k');
  await expect(search.input).toBeFocused();
  await expect(search.status).toHaveText('Skriv en titel, et sagsnummer eller et ord fra teksten.');

  // A title word: results appear before the word is finished.
  await search.type('kommiss');
  await expect(search.hit('Kommissorier til budgetanalyser')).toBeVisible();
  const first = search.hit('Kommissorier til budgetanalyser').first();
  await expect(first).toContainText('Organisations- og Beredskabsudvalget');
  await expect(first).toContainText('3. februar 2026');
  await expect(first).toContainText(/Punkt \d+: Kommissorier til budgetanalyser/);
  await expect(first.locator('mark').first()).toHaveText(/kommiss/i);

  // A case number.
  await search.type('26/777');
  await expect(search.hits().first()).toContainText('Etablering af tværkommunalt IT-samarbejde');
  await expect(search.hits().first()).toContainText('Sag 26/777');

  // A word found only in a section's text; the snippet shows it marked.
  await search.type('Konsolidering');
  const hit = search.hit('Orientering om Budgetforslag 2026 6.1');
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark', { hasText: 'Konsolidering' })).toBeVisible();

  // Nothing found.
  await search.type('xyzzyqq');
  await expect(search.status).toHaveText('Ingen resultater for »xyzzyqq«.');

  // Keyboard: ↓ moves, Enter opens that meeting at that item.
  await search.type('26/777');
  await expect(search.hits().first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(meeting.heading).toHaveText('Organisations- og Beredskabsudvalget');
  await expect(meeting.editor.heading).toContainText('Etablering af tværkommunalt IT-samarbejde');

  // "/" focuses the field from anywhere outside a text field; Escape closes the list.
  await page.getByRole('main').focus();
  await page.keyboard.press('/');
  await expect(search.input).toBeFocused();
  await search.type('beredskab');
  await expect(search.hits().first()).toBeVisible();
  const count = await search.hits().count();
  expect(count).toBeGreaterThan(1);
  await page.keyboard.press('ArrowDown');
  await expect(search.hits().nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(search.input).toHaveAttribute('aria-activedescendant', (await search.hits().nth(1).getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await expect(search.hits().first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(search.results).toBeHidden();
});

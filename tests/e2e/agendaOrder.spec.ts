import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { AgendaEditor } from './pages/AgendaEditor.ts';

const HADERSLEV = 'haderslev-obu-2026-02-03';
const COMMITTEE = 'Organisations- og Beredskabsudvalget';

test.use({ withSeeds: true });

const SEED_ORDER = [
  'Punkt 10: Godkendelse af dagsorden',
  'Punkt 11: Introduktion - IT og digitalisering',
  'Punkt 12: Etablering af tværkommunalt IT-samarbejde',
  'Punkt 13: Kommissorier til budgetanalyser',
  'Punkt 14: Kontaktudvalg for Beredskabsplanlægning',
  'Punkt 15: Gensidig orientering',
  'Punkt 16: Underskriftsside',
];

test.beforeEach(async ({ host, page }) => {
  // The seeded protocol is approved; reopening it makes the agenda editable again.
  await host.app.service['approvals.reopen']({ meetingId: HADERSLEV, reason: 'Rækkefølgen rettes' });
  const shell = new AppShell(page);
  await shell.open(host.url);
  await shell.openMeeting(COMMITTEE, '3. februar 2026');
});

test('løbende numre 10–16, underpunkt 12.a, flyt med Alt+pil og med træk; numrene følger med', async ({ page }) => {
  const agenda = new AgendaEditor(page);
  expect(await agenda.labels()).toEqual(SEED_ORDER);

  // Punkt 13 becomes a sub-item of 12: 12.a, and the numbers after it close up.
  await agenda.select('13');
  await agenda.field('Underpunkt (fx 12.a)').check();
  await expect(agenda.link('12.a')).toContainText('Kommissorier til budgetanalyser');
  await expect(agenda.link('13')).toContainText('Kontaktudvalg for Beredskabsplanlægning');
  await expect(agenda.article.getByRole('heading', { level: 2 })).toContainText('Punkt 12.a: Kommissorier');
  await expect(agenda.link('15')).toContainText('Underskriftsside');

  // Keyboard: Alt+↑ on the focused row moves it and keeps the focus on it.
  await agenda.link('13').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(agenda.link('13')).toContainText('Kontaktudvalg for Beredskabsplanlægning');
  await expect(agenda.link('13.a')).toContainText('Kommissorier til budgetanalyser');
  await expect(agenda.link('13')).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(agenda.link('12.a')).toContainText('Kommissorier til budgetanalyser');
  await expect(agenda.link('13')).toContainText('Kontaktudvalg');

  // Drag and drop: Gensidig orientering onto the top half of Introduktion.
  await agenda.row('Gensidig orientering').dragTo(agenda.row('Introduktion - IT og digitalisering'), { targetPosition: { x: 40, y: 4 } });
  await expect(agenda.link('11')).toContainText('Gensidig orientering');
  await expect(agenda.link('12')).toContainText('Introduktion - IT og digitalisering');
  expect(await agenda.labels()).toEqual([
    'Punkt 10: Godkendelse af dagsorden',
    'Punkt 11: Gensidig orientering',
    'Punkt 12: Introduktion - IT og digitalisering',
    'Punkt 13: Etablering af tværkommunalt IT-samarbejde',
    'Punkt 13.a: Kommissorier til budgetanalyser',
    'Punkt 14: Kontaktudvalg for Beredskabsplanlægning',
    'Punkt 15: Underskriftsside',
  ]);

  // Ctrl+Z outside a text field undoes the last move.
  await agenda.link('10').focus();
  await page.keyboard.press('Control+z');
  await expect(agenda.link('14')).toContainText('Gensidig orientering');
  await agenda.expectSaved();
  await page.reload();
  await expect(agenda.link('12.a')).toContainText('Kommissorier til budgetanalyser');
  await expect(agenda.link('14')).toContainText('Gensidig orientering');
  await expect(agenda.link('15')).toContainText('Underskriftsside');
});

test('kopiér, slet med fortryd fra beskeden (tastatur), og tilføj med type og underpunkt', async ({ page }) => {
  const agenda = new AgendaEditor(page);
  await agenda.list.getByRole('button', { name: 'Kopiér punkt 12' }).click();
  await expect(agenda.link('13')).toContainText('Etablering af tværkommunalt IT-samarbejde');
  await expect(agenda.article.getByRole('heading', { level: 2 })).toContainText('Punkt 13:');
  await expect(agenda.toast).toContainText('Punkt 13 kopieret');
  await expect(agenda.list.getByRole('listitem')).toHaveCount(8);
  await agenda.undoButton.click();
  await expect(agenda.list.getByRole('listitem')).toHaveCount(7);

  // Delete asks once, then offers undo; the toast's button takes the focus.
  await agenda.list.getByRole('button', { name: 'Slet punkt 13' }).click();
  const dialog = page.getByRole('dialog', { name: 'Slet dagsordenspunkt?' });
  await expect(dialog).toContainText('Du kan fortryde lige bagefter');
  await dialog.getByRole('button', { name: 'Slet punktet' }).click();
  await expect(agenda.toast).toContainText('Punkt 13 slettet');
  await expect(agenda.link('13')).toContainText('Kontaktudvalg for Beredskabsplanlægning');
  await expect(agenda.undoButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(agenda.toast).toContainText('Fortrudt');
  await expect(agenda.link('13')).toContainText('Kommissorier til budgetanalyser');
  await expect(agenda.article.getByRole('heading', { level: 2 })).toContainText('Punkt 13: Kommissorier');
  // The restored item has its text and its seven bilag back.
  await expect(agenda.bilag.getByRole('listitem')).toHaveCount(7);

  // The add form knows type and sub-item; new items go in before the closing standard items.
  const form = page.getByRole('form', { name: 'Tilføj punkt' });
  await form.getByLabel('Titel').fill('Orientering om brandsyn');
  await form.getByLabel('Type').selectOption({ label: 'Orientering' });
  await form.getByLabel('Underpunkt').check();
  await form.getByRole('button', { name: 'Tilføj punkt' }).click();
  await expect(agenda.list.getByRole('listitem')).toHaveCount(8);
  await expect(agenda.article.getByRole('heading', { level: 2 })).toContainText('Orientering om brandsyn');
  await expect(agenda.field('Type')).toHaveValue('orientering');
  await agenda.expectSaved();
  const labels = await agenda.labels();
  expect(labels.some((l) => /^Punkt \d+\.a: Orientering om brandsyn$/.test(l))).toBe(true);
  expect(labels.at(-1)).toBe('Punkt 16: Underskriftsside');
});

test('udsæt et punkt til et andet møde i udvalget: markeret her, kopien viser hvorfra', async ({ page, host }) => {
  await host.app.service['meetings.create']({ committeeId: 'haderslev-obu', date: '2026-03-03' });
  await page.reload();
  const agenda = new AgendaEditor(page);
  await agenda.select('14');
  await agenda.article.getByRole('button', { name: 'Udsæt punkt …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Udsæt punktet' });
  await expect(dialog.getByLabel('Udsæt til mødet')).toContainText('03-03-2026');
  await dialog.getByRole('button', { name: 'Udsæt', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(agenda.link('14')).toContainText('Udsat til mødet d. 03-03-2026');
  await expect(agenda.article.getByRole('note').filter({ hasText: 'Udsat til mødet d. 03-03-2026' })).toBeVisible();

  await agenda.article.getByRole('link', { name: 'Gå til mødet' }).click();
  const copy = agenda.list.getByRole('link').filter({ hasText: 'Kontaktudvalg for Beredskabsplanlægning' });
  await expect(copy).toContainText('Udsat fra mødet d. 03-02-2026');
});

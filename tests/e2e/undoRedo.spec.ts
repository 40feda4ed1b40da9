import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { AgendaEditor } from './pages/AgendaEditor.ts';

test.use({ withSeeds: true });

test('Ctrl+Z undoes and Ctrl+Shift+Z / Ctrl+Y redoes changes to the agenda, and a new change clears redo', async ({ page, host }) => {
  await host.app.service['approvals.reopen']({ meetingId: 'haderslev-obu-2026-02-03', reason: 'Rækkefølgen rettes' });
  const shell = new AppShell(page);
  await shell.open(host.url);
  await shell.openMeeting('Organisations- og Beredskabsudvalget', '3. februar 2026');
  const agenda = new AgendaEditor(page);
  const title = (n: string) => agenda.link(n);

  await title('11').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(title('12')).toContainText('Introduktion - IT og digitalisering');
  // Out of any text field, so the keys reach the agenda rather than an editor.
  await page.locator('body').click({ position: { x: 5, y: 5 } });

  await page.keyboard.press('Control+z');
  await expect(title('11')).toContainText('Introduktion - IT og digitalisering');
  await page.keyboard.press('Control+Shift+Z');
  await expect(title('12')).toContainText('Introduktion - IT og digitalisering');
  await page.keyboard.press('Control+z');
  await expect(title('11')).toContainText('Introduktion - IT og digitalisering');
  await page.keyboard.press('Control+y');
  await expect(title('12')).toContainText('Introduktion - IT og digitalisering');

  // Undo, then a new change: there is nothing left to redo.
  await page.keyboard.press('Control+z');
  await expect(title('11')).toContainText('Introduktion - IT og digitalisering');
  await title('14').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(title('13')).toContainText('Kontaktudvalg for Beredskabsplanlægning');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+Z');
  await expect(title('11')).toContainText('Introduktion - IT og digitalisering');
  await expect(title('13')).toContainText('Kontaktudvalg for Beredskabsplanlægning');

  const stored = host.app.store.meeting('haderslev-obu-2026-02-03')!.items.map((i) => i.title);
  expect(stored.slice(1, 4)).toEqual(['Introduktion - IT og digitalisering', 'Etablering af tværkommunalt IT-samarbejde', 'Kontaktudvalg for Beredskabsplanlægning']);
});

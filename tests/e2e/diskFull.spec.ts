import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { CHEFFORUM, arrangeMeeting } from './arrange.ts';
import { storeText } from '../../shared/i18n/store.da.ts';

/**
 * Issue 12, point 16, the window's half: when the disk is full the store refuses the save with `disk_fuld`
 * (tested against a real full disk in tests/unit/store/fullDisk.test.ts); the editor must then show the text
 * as not saved, keep what was typed, and save it once there is room again.
 */
test('fuld disk: teksten vises som ikke gemt, beholdes, og gemmes, når der er plads igen', async ({ page, host }) => {
  await arrangeMeeting(host);
  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  const editor = meeting.editor;
  await shell.open(host.url);
  await shell.openMeeting(CHEFFORUM, '16. marts 2026');
  await meeting.selectItem(3);
  await shell.expectAllSaved();

  // The disk fills up: every save is refused as the store refuses it.
  let full = true;
  await page.route('**/api/items.setSection', async (route) => {
    if (!full) return route.fallback();
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'disk_fuld', message: storeText.diskFull } }) });
  });
  await editor.type('Beslutning', 'Taget til efterretning');
  await editor.section('Beslutning').blur();
  const field = editor.section('Beslutning').locator('xpath=ancestor::section[1]');
  await expect(field.getByRole('alert')).toHaveText(storeText.diskFull);
  await expect(field.getByText('Ikke gemt', { exact: true })).toBeVisible();
  await expect(editor.section('Beslutning')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status', { name: 'Gemmestatus' })).toHaveText(`Kunne ikke gemme: ${storeText.diskFull}`);
  await expect(page.getByRole('status', { name: 'Gemmestatus' })).not.toHaveText('Alle ændringer er gemt');
  await page.screenshot({ path: 'test-results/screens/disk-full-editor.png' });

  // Typing more while the disk is still full: still not saved, never shown as saved.
  await editor.type('Beslutning', '.');
  await editor.section('Beslutning').blur();
  await expect(field.getByText('Ikke gemt', { exact: true })).toBeVisible();
  await expect(editor.section('Beslutning')).toHaveText('Taget til efterretning.');

  // Room again: Prøv igen saves what was typed, and the marks go.
  full = false;
  await page.getByRole('button', { name: 'Prøv igen' }).click();
  await shell.expectAllSaved();
  await expect(field.getByText('Ikke gemt', { exact: true })).toHaveCount(0);
  await expect(editor.section('Beslutning')).not.toHaveAttribute('aria-invalid', 'true');
  const stored = host.app.store.meetings().find((m) => m.items.some((i) => i.title.includes('persondatapolitik')))!;
  expect(JSON.stringify(stored.items.find((i) => i.title.includes('persondatapolitik'))!.sections)).toContain('Taget til efterretning.');
});

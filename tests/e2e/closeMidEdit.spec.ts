import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { docToPlainText } from '../../shared/text/richText.ts';

test.use({ withSeeds: true });

test('text typed just before the window closes is saved', async ({ context, host }) => {
  const page = await context.newPage();
  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting('Chefforum', '28. januar 2026');
  await meeting.selectItem(8);
  await meeting.editor.type('Sagsfremstilling', ' Tilføjet lige før lukning.');
  // Closed at once, well inside the autosave's debounce: only the flush on pagehide can save it.
  await page.close({ runBeforeUnload: true });

  const item = () => host.app.store.meeting('albertslund-chefforum-2026-01-28')!.items[7]!;
  await expect
    .poll(() => docToPlainText(item().sections.find((s) => s.title === 'Sagsfremstilling')!.body), { timeout: 10_000 })
    .toContain('Tilføjet lige før lukning.');
});

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';

test.use({ withSeeds: true });

test('a store written by a newer Referent opens read-only, says so, and nothing can be typed', async ({ page, host }) => {
  const rootFile = join(host.dataDir, 'referent.json');
  const root = JSON.parse(await readFile(rootFile, 'utf8'));
  await writeFile(rootFile, JSON.stringify({ ...root, schemaVersion: root.schemaVersion + 1 }));
  const before = await readFile(rootFile, 'utf8');
  const url = await host.restart();

  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  await shell.open(url);
  await expect(page.getByText(/nyere version af Referent/).first()).toBeVisible();
  await shell.openMeeting('Chefforum', '28. januar 2026');
  await meeting.selectItem(2);
  const decision = meeting.editor.section('Beslutning');
  await expect(decision).toHaveAttribute('contenteditable', 'false');
  await expect(meeting.field('Mødested')).toBeDisabled();
  await decision.click();
  await page.keyboard.type('skal ikke gemmes');
  await expect(decision).not.toContainText('skal ikke gemmes');
  expect(await readFile(rootFile, 'utf8')).toBe(before);
});

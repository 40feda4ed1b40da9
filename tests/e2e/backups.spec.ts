import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { BackupsPage } from './pages/BackupsPage.ts';
import { CommitteePage } from './pages/CommitteePage.ts';
import { MeetingPage } from './pages/MeetingPage.ts';

test('tag sikkerhedskopi, ændr noget, gendan, se den gamle tilstand, og fortryd gendannelsen', async ({ page, host }) => {
  const service = host.app.service;
  const committee = await service['committees.create']({ name: 'Chefforum', members: [{ name: 'Henrik Harder', label: 'Kommunaldirektør', role: 'formand' }] });
  await service['meetings.create']({ committeeId: committee.id, date: '2026-01-28' });

  const shell = new AppShell(page);
  const backups = new BackupsPage(page);
  const committeePage = new CommitteePage(page);
  await shell.open(host.url);
  await backups.open();
  await backups.takeBackup();
  await expect(backups.row('Manuel sikkerhedskopi')).toContainText('1 møde');
  await expect(backups.row('Manuel sikkerhedskopi')).toContainText(/\d{2}-\d{2}-\d{4} kl\. \d{2}:\d{2}/);

  // A change after the backup: a second meeting.
  await shell.openCommittee('Chefforum');
  await committeePage.createMeeting({ date: '2026-02-25' });
  await expect(shell.nav.getByRole('list', { name: 'Møder i Chefforum' }).getByRole('link')).toHaveCount(2);

  await backups.open();
  const message = await backups.restore('Manuel sikkerhedskopi');
  await expect(message).toContainText('Fortryd ved at gendanne kopien');
  // The navigation shows the restored state at once: one meeting again.
  await expect(shell.nav.getByRole('list', { name: 'Møder i Chefforum' }).getByRole('link')).toHaveCount(1);
  await expect(backups.row('Før gendannelse fra sikkerhedskopi')).toContainText('2 møder');

  // Undo: restore the copy taken just before.
  await backups.restore('Før gendannelse fra sikkerhedskopi');
  await expect(shell.nav.getByRole('list', { name: 'Møder i Chefforum' }).getByRole('link')).toHaveCount(2);
  await expect(shell.nav.getByRole('link', { name: /25\. februar 2026/ })).toBeVisible();
});

test('en beskadiget mødefil: efter genstart vises en besked, og mødet er gendannet fra sikkerhedskopien', async ({ page, host }) => {
  const service = host.app.service;
  const committee = await service['committees.create']({ name: 'Direktionen', members: [] });
  let meeting = await service['meetings.create']({ committeeId: committee.id, date: '2026-03-16' });
  meeting = await service['items.add']({ meetingId: meeting.id, title: 'Budgetopfølgning', caseNumber: '26-000257' });
  await service['backups.create']({});

  // The file is damaged on disk while the app is closed (a crash, a sync tool, a full disk).
  const files = await readdir(join(host.dataDir, 'meetings'));
  const file = files.find((f) => f.startsWith(meeting.id))!;
  const url = await host.restart(() => writeFile(join(host.dataDir, 'meetings', file), '{"id": "halv fil'));

  const shell = new AppShell(page);
  const meetingPage = new MeetingPage(page);
  await shell.open(url);
  const banner = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Referent har repareret datamappen ved start' }) });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('var beskadiget');
  await expect(banner).toContainText('karantæne');
  await expect(banner).toContainText('er gendannet fra sikkerhedskopien');

  await shell.openMeeting('Direktionen', '16. marts 2026');
  await expect(meetingPage.itemLink(1)).toContainText('Budgetopfølgning');

  await banner.getByRole('button', { name: 'Luk besked' }).click();
  await expect(banner).toBeHidden();
});

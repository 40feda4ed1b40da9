import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';

const BRANDT = 'Svend Brandt (O)';

test('afbud med stedfortræder vises i mødets hoved og er der stadig efter genstart', async ({ page, host }) => {
  const service = host.app.service;
  const committee = await service['committees.create']({
    name: 'Organisations- og Beredskabsudvalget',
    members: [
      { name: 'Holger Mikkelsen', label: 'A', role: 'formand' },
      { name: 'Svend Brandt', label: 'O' },
    ],
  });
  await service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });

  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting('Organisations- og Beredskabsudvalget', '3. februar 2026');

  // Present members need no substitute; the field comes with afbud or fravær.
  await meeting.info.getByRole('button', { name: 'Redigér deltagere' }).click();
  await expect(meeting.info.getByRole('button', { name: `Tilføj stedfortræder for ${BRANDT}` })).toHaveCount(0);
  await meeting.setAttendance(BRANDT, 'Afbud');
  await meeting.info.getByRole('button', { name: `Tilføj stedfortræder for ${BRANDT}` }).click();
  await meeting.info.getByLabel(`Navn på stedfortræder for ${BRANDT}`).fill('Kirsten Holm');
  await meeting.info.getByLabel(`Parti eller titel for stedfortræder for ${BRANDT}`).fill('O');
  await meeting.info.getByLabel(`Parti eller titel for stedfortræder for ${BRANDT}`).press('Enter');
  await expect(meeting.info.getByText(`${BRANDT} (afbud)`)).toBeVisible();
  await expect(meeting.info.getByText(`Kirsten Holm (O) for ${BRANDT}`)).toBeVisible();
  await shell.expectAllSaved();

  const url = await host.restart();
  await shell.open(url);
  await shell.openMeeting('Organisations- og Beredskabsudvalget', '3. februar 2026');
  await expect(meeting.info.getByText(`${BRANDT} (afbud)`)).toBeVisible();
  await expect(meeting.info.getByText(`Kirsten Holm (O) for ${BRANDT}`)).toBeVisible();
  const stored = (await host.app.service['meetings.list']({}))[0]!;
  const full = await host.app.service['meetings.get']({ meetingId: stored.id });
  expect(full.participants.find((p) => p.attendance === 'afbud')?.substitute).toEqual({ name: 'Kirsten Holm', label: 'O' });

  // Back at the table: the substitute goes.
  await meeting.setAttendance(BRANDT, 'Til stede');
  await expect(meeting.info.getByText(`Kirsten Holm (O) for ${BRANDT}`)).toHaveCount(0);
});

import { test, expect } from './fixtures.ts';
import { arrangeMeeting, CHEFFORUM } from './arrange.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';

test('status: kladde → dagsorden udsendt → møde afholdt → til godkendelse, med forklaring og tilladte skridt', async ({ page, host }) => {
  await arrangeMeeting(host);
  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  const control = page.getByRole('region', { name: 'Mødets status' });
  const steps = control.getByRole('group', { name: 'Næste skridt' });
  const navBadge = shell.nav.getByRole('list', { name: `Møder i ${CHEFFORUM}` }).locator('.badge');
  await shell.open(host.url);
  await shell.openMeeting(CHEFFORUM, '16. marts 2026');

  await expect(meeting.status).toHaveText('Kladde');
  await expect(control).toContainText('Kladde: alt kan redigeres');
  await expect(steps.getByRole('button')).toHaveText(['Markér dagsorden udsendt', 'Markér mødet afholdt']);

  await steps.getByRole('button', { name: 'Markér dagsorden udsendt' }).click();
  await expect(meeting.status).toHaveText('Dagsorden udsendt');
  await expect(navBadge).toHaveText('Dagsorden udsendt');
  await expect(control).toContainText('punkter kan stadig rettes');
  await expect(steps.getByRole('button')).toHaveText(['Markér mødet afholdt', 'Tilbage til kladde']);
  // Still editable after the agenda is sent.
  await expect(meeting.field('Mødested')).toBeEditable();

  await steps.getByRole('button', { name: 'Markér mødet afholdt' }).click();
  await expect(meeting.status).toHaveText('Møde afholdt');
  await expect(steps.getByRole('button')).toHaveText(['Markér dagsorden udsendt']);
  await expect(steps).toContainText('Send til godkendelse');

  // The committee page shows the same badge.
  await shell.openCommittee(CHEFFORUM);
  await expect(page.getByRole('main').locator('.meeting-rows .badge')).toHaveText('Møde afholdt');
  await shell.openMeeting(CHEFFORUM, '16. marts 2026');

  // From here the approval round takes over: no manual steps, content locked.
  await meeting.sendToApproval();
  await expect(control).toContainText('Til godkendelse: indholdet er låst');
  await expect(steps).toHaveCount(0);
  await expect(meeting.field('Mødested')).toBeDisabled();
  await expect(navBadge).toHaveText('Til godkendelse');

  // The service refuses a manual step the control does not offer.
  const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
  await expect(host.app.service['meetings.setStatus']({ meetingId: id, status: 'kladde' })).rejects.toThrow();
});

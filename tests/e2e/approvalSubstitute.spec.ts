import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { DEFAULT_CODE } from './pages/SignaturePage.ts';

test.use({ withSeeds: true });

const KALUNDBORG = 'kalundborg-direktionen-2026-03-16';

test('en stedfortræder underskriver med sin egen nøgle; det fraværende medlem bliver ikke spurgt', async ({ page, host }) => {
  const meeting0 = host.app.store.meeting(KALUNDBORG)!;
  const absent = meeting0.participants.find((p) => p.attendance === 'til_stede')!.memberId;
  const committee = host.app.store.committee(meeting0.committeeId)!;
  const absentName = committee.members.find((m) => m.id === absent)!.name;
  await host.app.service['meetings.update']({
    meetingId: KALUNDBORG,
    participants: meeting0.participants.map((p) => (p.memberId === absent ? { memberId: p.memberId, attendance: 'afbud', substitute: { name: 'Karen Jensen', label: 'Konst. direktør' } } : p)),
  });
  await host.app.service['approvals.send']({ meetingId: KALUNDBORG });

  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting('Direktionen', '16. marts 2026');
  const signatures = await meeting.openSignatures();
  const substitute = `Karen Jensen (Konst. direktør) (stedfortræder for ${absentName})`;
  await expect(signatures.row(substitute)).toContainText('Afventer');
  // The absent member has no Godkend button.
  await expect(signatures.table.getByRole('button', { name: new RegExp(`Godkend som ${absentName}`) })).toHaveCount(0);

  const review = await signatures.openReview(substitute);
  await expect(review.getByLabel('Vælg din personlige kode')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/review-choose-code.png', fullPage: false });
  await signatures.typeCode(review, DEFAULT_CODE);
  await review.getByRole('button', { name: 'Godkend', exact: true }).click();
  await expect(review).toBeHidden();
  await expect(signatures.row(substitute)).toContainText(/Godkendt \d{2}-\d{2}-\d{4} kl\. \d{2}:\d{2}/);
  await expect(signatures.row(substitute)).toContainText(/Nøgle [0-9a-f]{4} [0-9a-f]{4}/);
  await page.screenshot({ path: 'test-results/screens/signature-page-substitute.png', fullPage: true });

  // The next time, the code is typed once.
  await host.app.service['approvals.reopen']({ meetingId: KALUNDBORG, reason: 'Ny runde til skærmbillede' });
  await host.app.service['approvals.send']({ meetingId: KALUNDBORG });
  await page.reload();
  const again = await signatures.openReview(substitute);
  await expect(again.getByLabel('Din personlige kode')).toBeVisible();
  await expect(again.getByLabel('Skriv koden igen')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/review-enter-code.png', fullPage: false });
  await again.getByLabel('Din personlige kode').fill(DEFAULT_CODE);
  await again.getByRole('button', { name: 'Godkend', exact: true }).click();
  await expect(again).toBeHidden();
  await expect(signatures.row(substitute)).toContainText(/Godkendt/);
});

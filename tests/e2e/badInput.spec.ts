import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { CommitteePage } from './pages/CommitteePage.ts';
import { MeetingPage } from './pages/MeetingPage.ts';

test('tomt udvalgsnavn: tydelig besked, og medlemmerne er bevaret', async ({ page, host }) => {
  const shell = new AppShell(page);
  const committeePage = new CommitteePage(page);
  await shell.open(host.url);
  await shell.startNewCommittee();
  await committeePage.fillMembers([
    { name: 'Holger Mikkelsen', label: 'A', role: 'Formand' },
    { name: 'Finn Lykkeskov', label: 'V' },
  ]);
  await committeePage.nameInput.fill('   ');
  await committeePage.createButton.click();

  await expect(page.getByRole('alert')).toHaveText('Skriv udvalgets navn.');
  await expect(committeePage.nameInput).toHaveAttribute('aria-invalid', 'true');
  await expect(committeePage.nameInput).toBeFocused();
  await expect(committeePage.memberName(1)).toHaveValue('Holger Mikkelsen');
  await expect(committeePage.memberName(2)).toHaveValue('Finn Lykkeskov');
  await expect(page.getByLabel('Rolle for medlem 1')).toHaveValue('formand');

  // A member row with a party but no name is pointed out, not silently dropped.
  await committeePage.memberName(2).fill('');
  await committeePage.nameInput.fill('Direktionen');
  await committeePage.createButton.click();
  await expect(page.getByText('Skriv navnet på medlem 2, eller fjern rækken.')).toBeVisible();
  await expect(page.getByLabel('Parti eller titel for medlem 2')).toHaveValue('V');

  await committeePage.memberName(2).fill('Finn Lykkeskov');
  await committeePage.createButton.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Direktionen' })).toBeVisible();
  await expect(page.getByText('2 medlemmer')).toBeVisible();
});

test('ugyldig eller manglende dato: tydelig besked, og det indtastede er bevaret', async ({ page, host }) => {
  await host.app.service['committees.create']({ name: 'Chefforum', members: [{ name: 'Henrik Harder', label: 'Kommunaldirektør', role: 'formand' }] });
  const shell = new AppShell(page);
  const committeePage = new CommitteePage(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openCommittee('Chefforum');
  await expect(page.getByText('Udvalget har ingen møder endnu.')).toBeVisible();

  const form = committeePage.newMeetingForm();
  await form.getByLabel('Mødested').fill('Mødelokale 915');
  await form.getByRole('button', { name: 'Opret møde' }).click();
  await expect(form.getByText('Vælg mødets dato.')).toBeVisible();
  await expect(form.getByLabel('Dato')).toBeFocused();

  // Half a date (only the day typed) is an invalid date, not an empty one.
  await form.getByLabel('Dato').pressSequentially('28');
  await form.getByRole('button', { name: 'Opret møde' }).click();
  await expect(form.getByText('Datoen er ufuldstændig. Skriv dag, måned og år.')).toBeVisible();
  await expect(form.getByLabel('Mødested')).toHaveValue('Mødelokale 915');
  // A complete date that does not exist is called what it is, not "ufuldstændig".
  await form.getByLabel('Dato').fill('31-02-2026');
  await form.getByRole('button', { name: 'Opret møde' }).click();
  await expect(form.getByText('Datoen 31-02-2026 findes ikke: februar 2026 har kun 28 dage.')).toBeVisible();

  await committeePage.createMeeting({ date: '2026-01-28', time: '09:00' });
  await expect(meeting.heading).toHaveText('Chefforum');
  await expect(meeting.field('Mødested')).toHaveValue('Mødelokale 915');

  // In the meeting header an emptied date is explained and not sent; the stored date stays.
  await meeting.field('Mødedato').fill('');
  await expect(meeting.info.getByText('Vælg mødets dato.')).toBeVisible();
  await expect(page.getByText('Onsdag d. 28. januar 2026 kl. 09:00')).toBeVisible();
  await meeting.field('Mødedato').fill('31-02-2026');
  await expect(meeting.info.getByText('Datoen 31-02-2026 findes ikke: februar 2026 har kun 28 dage.')).toBeVisible();
  await expect(page.getByText('Onsdag d. 28. januar 2026 kl. 09:00')).toBeVisible();
  await meeting.field('Klokkeslæt').fill('');
  await expect(meeting.info.getByText('Klokkeslættet er ugyldigt. Skriv fx 14:30.')).toBeVisible();
  await shell.expectAllSaved();

  // An emptied item title is refused on the spot; the last valid title is what is stored.
  await meeting.addItem('Godkendelse af dagsorden', '00.01.00-A00-32-24');
  await meeting.editor.title.fill('');
  await expect(page.getByText('Titlen må ikke være tom; den seneste gyldige titel er bevaret.')).toBeVisible();
  await expect(meeting.editor.title).toHaveValue('');
  // A title over 500 characters is not cut without a word: it stays on screen with the reason, and is not saved.
  const long = `Godkendelse ${'af en meget lang titel '.repeat(25)}`.trim();
  await meeting.editor.title.fill(long);
  await expect(meeting.editor.title).toHaveValue(long);
  await expect(page.getByText(`Titlen er ${long.length} tegn; den må højst være 500.`)).toBeVisible();
  await meeting.editor.title.fill('');
  await shell.expectAllSaved();
  await page.reload();
  await expect(meeting.editor.title).toHaveValue('Godkendelse af dagsorden');
  await expect(meeting.field('Mødedato')).toHaveValue('28-01-2026');
});

test('en gemning, der fejler, vises i headeren, teksten bevares, og "Prøv igen" gemmer den', async ({ page, host }) => {
  const committee = await host.app.service['committees.create']({ name: 'Direktionen', members: [] });
  const created = await host.app.service['meetings.create']({ committeeId: committee.id, date: '2026-03-16' });
  await host.app.service['items.add']({ meetingId: created.id, title: 'Budgetopfølgning', caseNumber: '' });
  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting('Direktionen', '16. marts 2026');

  // The store refuses writes (read-only data directory): the service's own Danish message must reach the user.
  await page.route('**/api/items.setSection', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'konflikt', message: 'Datamappen er åbnet skrivebeskyttet; ændringer kan ikke gemmes.' } }),
    }),
  );
  await meeting.editor.type('Beslutning', 'Godkendt med bemærkninger.');
  await expect(shell.saveStatus).toHaveText('Kunne ikke gemme: Datamappen er åbnet skrivebeskyttet; ændringer kan ikke gemmes.');
  await expect(page.getByRole('article').getByRole('alert')).toContainText('skrivebeskyttet');
  await expect(meeting.editor.section('Beslutning')).toHaveText('Godkendt med bemærkninger.');

  // A dropped connection gets a Danish message too.
  await page.unroute('**/api/items.setSection');
  await page.route('**/api/items.setSection', (route) => route.abort());
  await meeting.editor.type('Beslutning', ' Opfølgning i april.');
  await expect(shell.saveStatus).toHaveText('Kunne ikke gemme: Der opstod en uventet fejl. Intet er gået tabt; prøv igen.');

  await page.unroute('**/api/items.setSection');
  await page.getByRole('button', { name: 'Prøv igen' }).click();
  await shell.expectAllSaved();
  await page.reload();
  await expect(meeting.editor.section('Beslutning')).toHaveText('Godkendt med bemærkninger. Opfølgning i april.');
});

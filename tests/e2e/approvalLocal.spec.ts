import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { ANNE, BO, CHEFFORUM, HENRIK, arrangeMeeting } from './arrange.ts';
import { DEFAULT_CODE } from './pages/SignaturePage.ts';

const APPROVED = /Godkendt \d{2}-\d{2}-\d{4} kl\. \d{2}:\d{2}/;
const LOCKED = 'Referatet er sendt til godkendelse og kan ikke ændres. Genåbn det for at rette (alle godkendelser bortfalder).';

test('godkendelse på sekretærens computer: låst indhold, afvisning, godkendelser, genåbning og ændringer punkt for punkt', async ({ page, host }) => {
  const { meeting: arranged } = await arrangeMeeting(host);
  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  const signatures = meeting.signatures;
  const editor = meeting.editor;
  await shell.open(host.url);
  await shell.openMeeting(CHEFFORUM, '16. marts 2026');
  await expect(meeting.status).toHaveText('Kladde');
  await expect(meeting.lockNotice).toHaveCount(0);

  // Before sending there is nothing to approve.
  await meeting.openSignatures();
  await expect(page.getByText(/Referatet er ikke sendt til godkendelse endnu/)).toBeVisible();
  await expect(signatures.approveButton(ANNE)).toHaveCount(0);

  // Cancelling the dialog sends nothing.
  await (await meeting.startSendToApproval()).getByRole('button', { name: 'Annullér' }).click();
  await expect(meeting.status).toHaveText('Kladde');

  await meeting.sendToApproval();
  await expect(shell.nav.getByRole('link', { name: /16\. marts 2026.*Til godkendelse/ })).toBeVisible();
  for (const name of [HENRIK, ANNE, BO]) await expect(signatures.row(name)).toContainText('Afventer');

  // Content is read-only: editors, fields and item tools.
  await meeting.openAgenda();
  await meeting.selectItem(2);
  await expect(meeting.lockNotice).toContainText('Genåbn referatet');
  await expect(editor.section('Beslutning')).toHaveAttribute('contenteditable', 'false');
  await expect(editor.section('Beslutning')).toHaveAttribute('aria-readonly', 'true');
  await expect(editor.tool('Beslutning', 'Fed')).toHaveCount(0);
  await expect(editor.title).toBeDisabled();
  await expect(editor.caseNumber).toBeDisabled();
  await expect(meeting.field('Mødested')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Slet punkt 2' })).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Tilføj punkt' })).toHaveCount(0);
  await expect(meeting.info.getByRole('button', { name: 'Redigér deltagere' })).toHaveCount(0);
  await editor.section('Beslutning').click();
  await page.keyboard.type('Forsøg');
  await expect(editor.section('Beslutning')).toHaveText('Godkendt med den ændring, at anlægsrammen nedsættes med 2 mio. kr.');

  // A forced edit through the API is refused with the Danish message.
  const item = arranged.items[1]!;
  const decision = item.sections.find((s) => s.kind === 'beslutning')!;
  const setSection = host.api('items.setSection');
  const forced = await page.request.post(setSection.url, {
    headers: setSection.headers,
    data: { meetingId: arranged.id, itemId: item.id, sectionId: decision.id, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ændret bagefter' }] }] } },
  });
  expect(await forced.json()).toEqual({ ok: false, error: { code: 'konflikt', message: LOCKED } });

  // Anne reviews and rejects first; a rejection needs a comment.
  await meeting.openSignatures();
  const review = await signatures.openReview(ANNE);
  await expect(review.getByRole('heading', { name: 'Punkt 2: Budgetopfølgning 2026' })).toBeVisible();
  const item2 = review.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Punkt 2: Budgetopfølgning 2026' }) });
  await expect(item2.getByRole('region', { name: 'Indstilling' })).toContainText('budgetopfølgningen godkendes');
  await expect(item2.getByRole('region', { name: 'Beslutning' })).toContainText('anlægsrammen nedsættes');
  await expect(item2).toContainText('Beslutningen afviger fra indstillingen');
  await expect(review.getByRole('article').filter({ hasText: 'Ny persondatapolitik' })).toContainText('Punktet har en indstilling, men ingen beslutning.');
  await expect(review.getByRole('article').filter({ hasText: 'Godkendelse af dagsorden' }).getByRole('list', { name: 'Bemærk' })).toHaveCount(0);
  // The only fields are for the personal code: Anne has no key here yet, so she chooses one (twice).
  await expect(review.getByRole('textbox')).toHaveCount(2);
  await expect(review.getByLabel('Vælg din personlige kode')).toHaveAttribute('type', 'password');
  await review.getByRole('button', { name: 'Godkend', exact: true }).click();
  await expect(review.getByText('Skriv din personlige kode.')).toBeVisible();
  await review.getByLabel('Vælg din personlige kode').fill('kort');
  await review.getByLabel('Skriv koden igen').fill('kort');
  await review.getByRole('button', { name: 'Godkend', exact: true }).click();
  await expect(review.getByText('Koden skal have mindst 6 tegn.')).toBeVisible();
  await review.getByLabel('Vælg din personlige kode').fill(DEFAULT_CODE);
  await review.getByLabel('Skriv koden igen').fill(DEFAULT_CODE);
  await review.getByRole('button', { name: 'Afvis …' }).click();
  await review.getByRole('button', { name: 'Afvis referatet' }).click();
  await expect(review.getByText('Skriv en kommentar, når du afviser referatet.')).toBeVisible();
  await review.getByLabel('Kommentar til afvisningen').fill('Punkt 3 mangler en beslutning.');
  await review.getByRole('button', { name: 'Afvis referatet' }).click();
  await expect(review).toBeHidden();
  await expect(signatures.row(ANNE)).toContainText(/Afvist \d{2}-\d{2}-\d{4} kl\. \d{2}:\d{2}/);
  await expect(signatures.row(ANNE)).toContainText('Punkt 3 mangler en beslutning.');

  // Then everyone approves, Anne too: someone else at the keyboard cannot approve as Anne without her code.
  await signatures.approve(HENRIK);
  await expect(signatures.row(HENRIK)).toContainText(APPROVED);
  await expect(signatures.row(HENRIK)).toContainText(/Nøgle [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}/);
  const guess = await signatures.openReview(ANNE);
  await guess.getByLabel('Din personlige kode').fill('henriks-gaet');
  await guess.getByRole('button', { name: 'Godkend', exact: true }).click();
  await expect(guess.getByRole('alert')).toHaveText(`Svaret blev ikke gemt: Forkert personlig kode for ${ANNE.replace(/ \(.*\)$/, '')}. Intet er godkendt; prøv igen.`);
  await page.keyboard.press('Escape');
  await expect(guess).toBeHidden();
  await expect(signatures.row(ANNE)).not.toContainText(APPROVED);
  await signatures.approve(ANNE);
  await expect(signatures.row(ANNE)).toContainText(APPROVED);
  await expect(signatures.row(ANNE)).not.toContainText('Afvist');
  await signatures.approve(BO);
  await expect(signatures.row(BO)).toContainText(APPROVED);
  await expect(signatures.progress).toHaveText('Referatet er godkendt af alle tilstedeværende medlemmer.');
  await expect(meeting.status).toHaveText('Godkendt');

  // Reopening needs a reason, voids every approval and unlocks the content.
  await page.getByRole('button', { name: 'Genåbn referatet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Genåbn referatet?' });
  await expect(dialog).toContainText('Alle 3 godkendelser bortfalder');
  await dialog.getByRole('button', { name: 'Genåbn referatet' }).click();
  await expect(dialog.getByText('Skriv en begrundelse på mindst tre tegn.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Annullér' }).click();
  await meeting.reopen('Beslutningen under punkt 3 manglede.');
  await expect(meeting.status).toHaveText('Møde afholdt');
  await expect(signatures.row(ANNE)).toContainText('Ikke sendt endnu');
  await expect(signatures.row(ANNE)).not.toContainText('Godkendt');
  await expect(signatures.changes).toContainText('Beslutningen under punkt 3 manglede.');
  await expect(signatures.changes).toContainText('3 godkendelser bortfaldt');

  // Edit, and send again.
  await meeting.openAgenda();
  await meeting.selectItem(3);
  await expect(meeting.lockNotice).toHaveCount(0);
  await expect(editor.section('Beslutning')).toHaveAttribute('contenteditable', 'true');
  await editor.type('Beslutning', 'Taget til efterretning');
  await shell.expectAllSaved();
  await meeting.sendToApproval();

  // The re-approvers see what changed, item by item, and why it was reopened.
  await expect(signatures.changes).toContainText('Punkt 3: Ny persondatapolitik');
  await expect(signatures.changes).toContainText('Beslutning er ændret');
  await expect(signatures.changes).not.toContainText('Punkt 2');
  const again = await signatures.openReview(BO);
  const changesInReview = again.getByRole('region', { name: 'Ændret siden sidste godkendelsesrunde' });
  await expect(changesInReview).toContainText('Punkt 3: Ny persondatapolitik');
  await expect(changesInReview).toContainText('Beslutningen under punkt 3 manglede.');
  await expect(again.getByRole('article').filter({ hasText: 'Ny persondatapolitik' }).getByRole('list', { name: 'Bemærk' })).toHaveCount(0);
  await signatures.typeCode(again, DEFAULT_CODE);
  await again.getByRole('button', { name: 'Godkend', exact: true }).click();
  await expect(signatures.row(BO)).toContainText(APPROVED);
  await expect(signatures.progress).toHaveText('1 af 3 har godkendt');

  // The audit trail tells the story, with names.
  await expect(signatures.auditActions()).toHaveText([
    'Sendt til godkendelse',
    'Afvist. Kommentar: Punkt 3 mangler en beslutning.',
    'Godkendt',
    'Godkendt',
    'Godkendt',
    'Genåbnet. Begrundelse: Beslutningen under punkt 3 manglede.',
    'Sendt til godkendelse',
    'Godkendt',
  ]);
  await expect(signatures.audit.getByRole('row').nth(2)).toContainText('Anne Andersen (A)');
  await expect(signatures.audit.getByRole('row').nth(1)).toContainText('Sekretæren');
  await expect(page.getByText('Sporet er ubrudt.')).toBeVisible();
});

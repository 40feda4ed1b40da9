import { deflateSync } from 'node:zlib';
import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { CommitteePage } from './pages/CommitteePage.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { TemplateEditorPage } from './pages/TemplateEditorPage.ts';

/** A valid 1×1 PNG, built here so the test needs no binary fixture. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const pixels = deflateSync(Buffer.from([0, 0x1f, 0x4e, 0x79]));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

const READY = [
  {
    choice: 'Politisk udvalg',
    name: 'Organisations- og Beredskabsudvalget',
    items: ['Godkendelse af dagsorden', 'Gensidig orientering', 'Underskriftsside'],
    sections: ['Sagsresume', 'Indstilling', 'Sagsfremstilling', 'Procedure'],
  },
  { choice: 'Direktion', name: 'Direktionen', items: ['Eventuelt'], sections: ['Sagsfremstilling', 'Indstillinger', 'Behandling', 'Økonomiske konsekvenser'] },
  {
    choice: 'Chefforum',
    name: 'Chefforum',
    items: ['Godkendelse af dagsorden og referat', 'Temaer til kommende møder og eventuelt'],
    sections: ['Indstilling', 'Resumé', 'Sagsfremstilling', 'Kommunens vision og politikker', 'Økonomi', 'Lovgrundlag', 'Borgerperspektiv', 'Historik'],
  },
];

for (const ready of READY) {
  test(`nyt udvalg fra skabelonen ${ready.choice}: første møde har de faste punkter og afsnittene`, async ({ page, host }) => {
    const shell = new AppShell(page);
    const committeePage = new CommitteePage(page);
    const template = new TemplateEditorPage(page);
    const meeting = new MeetingPage(page);
    await shell.open(host.url);
    await shell.startNewCommittee();
    // The blank template is the default; the ready ones are offered with their descriptions.
    await expect(page.getByRole('radio', { name: /^Tom skabelon/ })).toBeChecked();
    await expect(page.getByRole('group', { name: 'Skabelon' })).toContainText('Som Haderslev');
    await template.chooseReadyTemplate(ready.choice);
    await committeePage.nameInput.fill(ready.name);
    await committeePage.fillMembers([{ name: 'Anne Andersen', label: 'A', role: 'Formand' }]);
    await committeePage.createButton.click();
    await expect(page.getByRole('heading', { level: 1, name: ready.name })).toBeVisible();

    await committeePage.createMeeting({ date: '2026-02-03' });
    await expect(meeting.heading).toHaveText(ready.name);
    await expect(meeting.itemLinks()).toHaveCount(ready.items.length);
    for (const [i, title] of ready.items.entries()) await expect(meeting.itemLinks().nth(i)).toContainText(title);
    await meeting.itemLinks().first().click();
    for (const section of ready.sections) await expect(meeting.editor.section(section)).toBeVisible();
    if (ready.choice === 'Chefforum') await expect(meeting.editor.section('Økonomi')).toHaveText('Intet at bemærke.');
  });
}

test('skabelonen redigeres: pligtafsnit med standardtekst, fortløbende nummerering fra 42, beslutningsoverskrift; afholdte møder er uændrede', async ({ page, host }) => {
  const service = host.app.service;
  const committee = await service['committees.create']({ name: 'Økonomiudvalget', members: [{ name: 'Anne Andersen', label: 'A', role: 'formand' }] });
  const held = await service['meetings.create']({ committeeId: committee.id, date: '2026-05-05' });
  await service['items.add']({ meetingId: held.id, title: 'Budgetopfølgning' });
  await service['meetings.setStatus']({ meetingId: held.id, status: 'afholdt' });

  const shell = new AppShell(page);
  const committeePage = new CommitteePage(page);
  const template = new TemplateEditorPage(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openCommittee('Økonomiudvalget');

  await expect(template.form.getByRole('note')).toContainText('skrives ikke om');
  const n = await template.addSection('Historik', { required: true, defaultText: 'Intet at bemærke.' });
  // Keyboard reorder: Alt+↑ moves the new section one place up, and focus stays in it.
  await template.sectionTitle(n).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(template.sectionTitle(n - 1)).toHaveValue('Historik');
  await expect(template.sectionTitle(n - 1)).toBeFocused();
  await template.setNumbering('Fortløbende gennem året', 42);
  await expect(template.form).toContainText('punkt 42–52 i juni');
  await template.setDecisionHeading('medUdvalgOgDato');
  await expect(template.decisionExample).toContainText(/Beslutning i Økonomiudvalget den \d{2}-\d{2}-\d{4}/);
  await template.setDecisionHeading('kort');
  await expect(template.decisionExample).toHaveText('Eksempel: Beslutning');
  await template.setDecisionHeading('medUdvalgOgDato');
  await template.save();

  // The held meeting (May) keeps its items and sections; the next meetings number on from it.
  await shell.openMeeting('Økonomiudvalget', '5. maj 2026');
  await meeting.selectItem(1);
  await expect(meeting.editor.section('Historik')).toHaveCount(0);

  // Running from 42: the next meeting starts at 42 (above the held meeting's numbers) …
  await shell.openCommittee('Økonomiudvalget');
  await committeePage.createMeeting({ date: '2026-06-09' });
  await expect(meeting.field('Første punktnummer')).toHaveValue('42');
  await meeting.addItem('Ny sag');
  await expect(meeting.itemLink(42)).toContainText('Ny sag');
  await expect(meeting.editor.section('Historik')).toHaveText('Intet at bemærke.');
  await expect(meeting.editor.root).toContainText('Beslutning i Økonomiudvalget den 09-06-2026');
  await meeting.addItem('Endnu en sag');
  await shell.expectAllSaved();

  // … and the one after continues where June stopped.
  await shell.openCommittee('Økonomiudvalget');
  await committeePage.createMeeting({ date: '2026-09-01' });
  await expect(meeting.field('Første punktnummer')).toHaveValue('44');

  // The first meeting of a new year starts at the start number.
  await shell.openCommittee('Økonomiudvalget');
  await committeePage.createMeeting({ date: '2027-01-12' });
  await expect(meeting.field('Første punktnummer')).toHaveValue('42');
});

test('skrifttype og logo: PNG vises, for stor eller forkert fil afvises på dansk, eksporten virker', async ({ page, host }) => {
  const service = host.app.service;
  const committee = await service['committees.create']({ name: 'Chefforum', members: [{ name: 'Henrik Harder', label: 'Kommunaldirektør', role: 'formand' }] });
  await service['meetings.create']({ committeeId: committee.id, date: '2026-03-16' });
  const shell = new AppShell(page);
  const template = new TemplateEditorPage(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openCommittee('Chefforum');

  await template.form.getByLabel('Skrifttype i referatet').selectOption('Georgia');
  const logoInput = template.form.getByLabel('Vælg logo …');
  await logoInput.setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await expect(template.form.getByRole('alert')).toContainText('ikke et PNG- eller JPEG-billede');
  await logoInput.setInputFiles({ name: 'stor.png', mimeType: 'image/png', buffer: Buffer.concat([tinyPng(), Buffer.alloc(1024 * 1024)]) });
  await expect(template.form.getByRole('alert')).toContainText('højst fylde 1 MB');
  await logoInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: tinyPng() });
  await expect(template.form.getByRole('img', { name: /logo/ })).toBeVisible();
  await template.save();

  const saved = (await service['committees.list']({})).find((c) => c.id === committee.id)!;
  expect(saved.template.font).toBe('Georgia');
  expect(saved.template.logo).toMatch(/^data:image\/png;base64,/);

  await page.reload();
  await expect(template.form.getByRole('img', { name: /logo/ })).toBeVisible();
  await expect(template.form.getByLabel('Skrifttype i referatet')).toHaveValue('Georgia');

  await shell.openMeeting('Chefforum', '16. marts 2026');
  await expect(meeting.heading).toHaveText('Chefforum');
  const download = await meeting.exportDocx();
  expect(download.suggestedFilename()).toMatch(/\.docx$/);

  // Removing the logo leaves the template without one.
  await shell.openCommittee('Chefforum');
  await template.form.getByRole('button', { name: 'Fjern logo' }).click();
  await template.save();
  expect((await service['committees.list']({})).find((c) => c.id === committee.id)!.template.logo).toBeUndefined();
});

test('kopiér skabelon fra et andet udvalg efter bekræftelse', async ({ page, host }) => {
  const service = host.app.service;
  await service['committees.create']({ name: 'Direktionen', members: [], templateId: 'variant-b' });
  const target = await service['committees.create']({ name: 'Økonomiudvalget', members: [] });
  const shell = new AppShell(page);
  const template = new TemplateEditorPage(page);
  await shell.open(host.url);
  await shell.openCommittee('Økonomiudvalget');
  await expect(template.sectionTitle(1)).toHaveValue('Sagsfremstilling');

  await template.form.getByLabel('Kopiér fra').selectOption({ label: 'Direktionen' });
  await template.form.getByRole('button', { name: 'Kopiér skabelon …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erstat skabelonen?' });
  await expect(dialog).toContainText('Møder, der allerede findes, ændres ikke.');
  await dialog.getByRole('button', { name: 'Annullér' }).click();
  await expect(template.sectionTitle(1)).toHaveValue('Sagsfremstilling');

  await template.form.getByRole('button', { name: 'Kopiér skabelon …' }).click();
  await dialog.getByRole('button', { name: 'Kopiér skabelonen' }).click();
  await expect(template.form.getByRole('status').filter({ hasText: 'kopieret' })).toHaveText('Skabelonen er kopieret fra Direktionen.');
  await expect(template.sectionTitle(1)).toHaveValue('Beslutning');
  await expect(template.form.getByLabel('Titel på fast punkt 1')).toHaveValue('Eventuelt');
  const saved = (await service['committees.list']({})).find((c) => c.id === target.id)!;
  expect(saved.template.sections.map((s) => s.title)).toEqual(['Beslutning', 'Sagsfremstilling', 'Indstillinger', 'Behandling', 'Økonomiske konsekvenser']);
});

test('sagsgang og indholdsfortegnelse i skabelonen: egne rækker (Høring), placering først, punktnumre i indholdsfortegnelsen; punktets sagsgang tilbyder rækkerne', async ({ page, host }) => {
  const service = host.app.service;
  const committee = await service['committees.create']({ name: 'Miljøudvalget', members: [{ name: 'Anne Andersen', label: 'A', role: 'formand' }] });
  const meeting = await service['meetings.create']({ committeeId: committee.id, date: '2026-05-05' });
  await service['items.add']({ meetingId: meeting.id, title: 'Vandplan' });

  const shell = new AppShell(page);
  const template = new TemplateEditorPage(page);
  const meetingPage = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openCommittee('Miljøudvalget');

  await expect(template.caseFlowStep(1)).toHaveValue('Orientering');
  const n = await template.addCaseFlowStep('Høring');
  // Alt+↑ moves the new row above the last standard row, as in the other template lists.
  await template.caseFlowStep(n).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(template.caseFlowStep(n - 1)).toHaveValue('Høring');
  await template.setCaseFlowPlacement('Først i punktet');
  await template.setTocItemNumbers(true);
  await page.locator('.case-flow-template').screenshot({ path: 'test-results/template-case-flow.png' });
  await template.save();

  const stored = (await service['committees.list']({})).find((c) => c.id === committee.id)!.template;
  expect(stored.caseFlowSteps).toEqual(['Orientering', 'Indstilling', 'Beslutning', 'Høring', 'Supplerende sagsfremstilling']);
  expect(stored.caseFlowPlacement).toBe('foerst');
  expect(stored.tocItemNumbers).toBe(true);

  // A row without a name is refused in Danish before anything is sent.
  await template.addCaseFlowStep('');
  await template.saveButton.click();
  await expect(template.form.getByRole('alert')).toContainText('Sagsgangsrække 6 mangler et navn.');

  await shell.openMeeting('Miljøudvalget', '5. maj 2026');
  await meetingPage.selectItem(1);
  const flow = meetingPage.editor.root.getByRole('region', { name: 'Behandling / Sagsgang' });
  // Placed first in the template: the item editor shows it before the item's sections, as it prints.
  await expect(meetingPage.editor.root.locator('section.section').first()).toHaveClass(/case-flow/);
  await flow.getByRole('button', { name: 'Angiv sagsgang' }).click();
  await flow.getByLabel('Nyt organ').fill('KB');
  await flow.getByRole('button', { name: 'Tilføj organ' }).click();
  await flow.getByLabel('Vis som sagsgangstabel').check();
  await flow.getByRole('table', { name: 'Sagsgang' }).getByLabel('Høring i KB').check();
  await shell.expectAllSaved();
  const item = (await service['meetings.get']({ meetingId: meeting.id })).items[0]!;
  expect(item.caseFlow?.steps).toEqual([{ step: 'Høring', bodies: ['KB'] }]);
});

import { resolve } from 'node:path';
import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { ImportPage } from './pages/ImportPage.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { axeViolations } from './pages/axe.ts';
import { docToPlainText } from '../../shared/text/richText.ts';

const DOCX = resolve('tests/fixtures/import/council/albertslund-chefforum-2026-01-28-overskrifter.docx');

test('import: a DOCX referat is reviewed beside its text, corrected, cancelled without a trace, then stored in a committee made from it', async ({ page, host }) => {
  const shell = new AppShell(page);
  const importPage = new ImportPage(page);
  const meetingPage = new MeetingPage(page);
  await shell.open(host.url);
  await importPage.open();

  await importPage.pick(DOCX);
  await expect(importPage.review).toContainText('Intet er gemt endnu.');
  await expect(page.getByLabel('Mødedato')).toHaveValue('2026-01-28');
  expect(await importPage.items.count()).toBeGreaterThan(3);
  await expect(importPage.original).toContainText('Chefforum');
  await expect(importPage.uncertainties.getByRole('heading')).toBeVisible();
  await page.screenshot({ path: 'test-results/import-review.png' });
  expect(await axeViolations(page)).toEqual([]);

  // Cancelling stores nothing.
  await importPage.cancel();
  expect(await host.app.service['meetings.list']({})).toEqual([]);
  expect(await host.app.service['committees.list']({})).toEqual([]);

  // Again, with a corrected title and a section boundary joined away, then stored in a new committee.
  await importPage.pick(DOCX);
  const firstTitle = await importPage.itemTitle(1).inputValue();
  await importPage.itemTitle(1).fill(`${firstTitle} (rettet)`);
  const secondItem = importPage.items.nth(1);
  const sectionsBefore = await secondItem.locator('.import-sections > li').count();
  if (sectionsBefore > 1) {
    await secondItem.getByRole('button', { name: /^Slå .* sammen med afsnittet over$/ }).first().click();
    await expect(secondItem.locator('.import-sections > li')).toHaveCount(sectionsBefore - 1);
  }
  await importPage.commit();
  await expect(meetingPage.heading).toBeVisible();
  await expect(meetingPage.itemLink(1)).toContainText(`${firstTitle} (rettet)`);

  const meetings = await host.app.service['meetings.list']({});
  expect(meetings).toHaveLength(1);
  const stored = await host.app.service['meetings.get']({ meetingId: meetings[0]!.id });
  expect(stored.items[0]!.title).toBe(`${firstTitle} (rettet)`);
  if (sectionsBefore > 1) expect(stored.items[1]!.sections.length).toBeLessThan(sectionsBefore + 1);
  // The original file is kept as a closed bilag of the first item.
  expect(stored.items[0]!.attachments.some((a) => a.closed && a.name.includes('albertslund'))).toBe(true);

  // A historic referat says so, is read-only, and is worked on through a draft copy.
  if (stored.historic) {
    const note = page.getByRole('note').filter({ hasText: 'Historisk – godkendt uden for Referent' });
    await expect(note).toBeVisible();
    await page.screenshot({ path: 'test-results/import-historic.png' });
    await note.getByRole('button', { name: 'Lav kladdekopi' }).click();
    await expect(page.getByRole('note').filter({ hasText: 'Historisk' })).toHaveCount(0);
    await expect(meetingPage.status).toHaveText('Kladde');
    expect(await host.app.service['meetings.list']({})).toHaveLength(2);
  }
});

test('import: a section read as one is split at a paragraph under a heading of its own, renamed to a template heading, and stored in that order', async ({ page, host }) => {
  const shell = new AppShell(page);
  const importPage = new ImportPage(page);
  const meetingPage = new MeetingPage(page);
  await shell.open(host.url);
  await importPage.open();
  await importPage.pick(DOCX);

  // Item 4's Sagsfremstilling runs on into the choice of supplier: that part becomes its own section.
  const sections = importPage.sections(4);
  const before = await sections.allInnerTexts();
  const at = before.findIndex((s) => s.startsWith('Sagsfremstilling'));
  expect(at).toBeGreaterThan(-1);
  await importPage.splitSection(4, 'Sagsfremstilling', 'Valg af leverandør', { free: 'Leverandør' });
  await expect(sections).toHaveCount(before.length + 1);
  await expect(sections.nth(at + 1).locator('.import-section-heading')).toHaveText('Leverandør');
  // Focus stays in the item: on the new section's heading button, to name it again at once.
  await expect(page.getByRole('button', { name: 'Skift overskriften »Leverandør«' })).toBeFocused();
  await page.screenshot({ path: 'test-results/import-split.png', fullPage: false });

  // The first part is named after a heading of the proposed template instead.
  await importPage.renameSection(4, 'Sagsfremstilling', 'Resumé');
  await expect(sections.nth(at).locator('.import-section-heading')).toHaveText('Resumé');
  expect(await host.app.service['meetings.list']({})).toEqual([]);

  await importPage.commit();
  await expect(meetingPage.itemLink(4)).toBeVisible({ timeout: 30_000 });
  const meetings = await host.app.service['meetings.list']({});
  expect(meetings).toHaveLength(1);
  const stored = (await host.app.service['meetings.get']({ meetingId: meetings[0]!.id })).items[3]!;
  const titles = stored.sections.map((s) => s.title);
  expect(titles.slice(at, at + 2)).toEqual(['Resumé', 'Leverandør']);
  const first = docToPlainText(stored.sections[at]!.body);
  const second = docToPlainText(stored.sections[at + 1]!.body);
  expect(first).toContain('(15 min.)');
  expect(first).toContain('Analysen bidrager');
  expect(first).not.toContain('Valg af leverandør');
  expect(second.startsWith('Valg af leverandør')).toBe(true);
  // A new committee's template is made from the meeting as corrected: the free heading is in it.
  const committee = (await host.app.service['committees.list']({}))[0]!;
  expect(committee.template.sections.map((s) => s.title)).toContain('Leverandør');
});

test('import: cancelling after splitting and moving sections stores nothing', async ({ page, host }) => {
  const shell = new AppShell(page);
  const importPage = new ImportPage(page);
  await shell.open(host.url);
  await importPage.open();
  await importPage.pick(DOCX);
  // Opened and closed again: nothing changes, and focus returns to the button.
  const split = importPage.items.nth(3).getByRole('button', { name: 'Del afsnittet »Sagsfremstilling« ved et tekstafsnit' });
  await split.click();
  const panel = importPage.items.nth(3).getByRole('group', { name: 'Hvor begynder det nye afsnit i »Sagsfremstilling«?' });
  await expect(panel.getByRole('radio')).toHaveCount(25);
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/import-split-panel.png' });
  expect(await axeViolations(page)).toEqual([]);
  await panel.getByRole('button', { name: 'Fortryd' }).click();
  await expect(panel).toHaveCount(0);
  await expect(split).toBeFocused();
  await importPage.splitSection(2, 'Sagsfremstilling', 'Chefforum skal drøfte', { template: 'Økonomi' });
  const item2 = await importPage.sections(2).count();
  const item3 = await importPage.sections(3).count();
  // Item 2's last section belongs to item 3: the boundary between the items moves.
  await importPage.items.nth(1).getByRole('button', { name: /^Flyt ».*« til begyndelsen af punktet under$/ }).click();
  await expect(importPage.sections(2)).toHaveCount(item2 - 1);
  await expect(importPage.sections(3)).toHaveCount(item3 + 1);
  await importPage.cancel();
  expect(await host.app.service['meetings.list']({})).toEqual([]);
  expect(await host.app.service['committees.list']({})).toEqual([]);
});

/** A case worker's sagsfremstilling as Word writes it, with heading styles. */
async function caseTextDocx(): Promise<Buffer> {
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          heading('Indstilling'),
          new Paragraph('Direktøren indstiller, at modellen for vintervedligeholdelse godkendes.'),
          heading('Sagsfremstilling'),
          new Paragraph('Cykelstierne saltes i dag efter samme plan som vejene.'),
          heading('Juridiske aspekter'),
          new Paragraph('Vejloven pålægger kommunen at vedligeholde offentlige veje.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

test('a case text fills the item: picked with the button, or dropped on the item', async ({ page, host }) => {
  const { arrangeMeeting, CHEFFORUM } = await import('./arrange.ts');
  const { meeting } = await arrangeMeeting(host);
  const shell = new AppShell(page);
  const meetingPage = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting(CHEFFORUM, '16. marts 2026');
  await meetingPage.selectItem(3);
  const bytes = await caseTextDocx();

  await meetingPage.editor.root.getByLabel('Indlæs sagstekst fra en DOCX- eller PDF-fil').setInputFiles({
    name: 'sagsfremstilling.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: bytes,
  });
  await expect(meetingPage.editor.root.getByRole('status').filter({ hasText: 'er indlæst' })).toContainText('sagsfremstilling.docx er indlæst');
  await expect(meetingPage.editor.section('Sagsfremstilling')).toContainText('Cykelstierne saltes i dag');
  await expect(meetingPage.editor.section('Sagsfremstilling')).toContainText('Juridiske aspekter');
  await expect(meetingPage.editor.section('Indstilling')).toContainText('modellen for vintervedligeholdelse godkendes');
  const stored = (await host.app.service['meetings.get']({ meetingId: meeting.id })).items[2]!;
  expect(JSON.stringify(stored.sections.find((s) => s.title === 'Sagsfremstilling')!.body)).toContain('Cykelstierne saltes');

  // Dropped on item 2: the same, through the drop target.
  await meetingPage.selectItem(2);
  const base64 = bytes.toString('base64');
  await meetingPage.editor.root.evaluate(async (article, data) => {
    const raw = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([raw], 'sag.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    article.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    article.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, base64);
  await expect(meetingPage.editor.root.getByRole('status').filter({ hasText: 'er indlæst' })).toContainText('sag.docx er indlæst');
  await expect(meetingPage.editor.section('Sagsfremstilling')).toContainText('Cykelstierne saltes i dag');
  // Item 2 had its own text in Sagsfremstilling: it stays, and the case text follows it.
  await expect(meetingPage.editor.section('Sagsfremstilling')).toContainText('Forventet regnskab viser et merforbrug på anlæg.');
  await shell.expectAllSaved();
  await page.screenshot({ path: 'test-results/case-text.png' });
});

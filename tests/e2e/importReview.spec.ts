import { resolve } from 'node:path';
import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { ImportPage } from './pages/ImportPage.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import { axeViolations } from './pages/axe.ts';

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

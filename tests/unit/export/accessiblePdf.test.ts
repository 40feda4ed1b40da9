import { chromium } from '@playwright/test';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReferatDocx } from '../../../electron/core/export/buildReferatDocx.ts';
import { convertDocxToPdf } from '../../../electron/core/export/convertToPdf.ts';
import { printableHtml } from '../../../electron/core/export/printableHtml.ts';
import { itemHeadingText } from '../../../electron/core/export/itemHeadings.ts';
import { referatTitle } from '../../../electron/core/export/frontPage.ts';
import { fixtureCommittee, fixtureMeeting, GENERATED_AT } from '../../fixtures/export/referatFixture.ts';
import { pdfCatalog, pdfFonts, pdfInfo, pdfOutline, pdfStructure, structureTypes } from './pdfRead.ts';
import { seedInputs, type Input } from './seedInputs.ts';

/**
 * Issue 15, point 10: every PDF Referent makes is accessible. Read back from
 * the real PDFs: LibreOffice's (CLI, browser host) and Chromium's printing of
 * the same document's HTML (what Electron's printToPDF does with
 * generateTaggedPDF and generateDocumentOutline).
 */
describe('the PDF from LibreOffice is tagged and accessible, for every seed', () => {
  const pdfs: Record<string, { input: Input; pdf: Buffer }> = {};
  beforeAll(async () => {
    for (const [name, input] of Object.entries(seedInputs())) {
      const docx = await buildReferatDocx({ ...input, generatedAt: GENERATED_AT });
      pdfs[name] = { input, pdf: await convertDocxToPdf(docx) };
    }
  }, 300_000);

  it('is tagged, titled in the window, in Danish, with every font embedded', async () => {
    for (const [name, { input, pdf }] of Object.entries(pdfs)) {
      const info = pdfInfo(pdf);
      expect(info.Tagged, name).toBe('yes');
      expect(info.Title, name).toBe(referatTitle(input.committee, input.meeting));
      expect(await pdfCatalog(pdf), name).toEqual({ lang: 'da-DK', displayDocTitle: true, marked: true });
      const fonts = pdfFonts(pdf);
      expect(fonts.length, name).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded), name).toEqual([]);
    }
  });

  it('has a structure of headings (H1 per item, H2 per section) and table header cells', () => {
    for (const [name, { input, pdf }] of Object.entries(pdfs)) {
      const types = structureTypes(pdf);
      expect(types.filter((t) => t === 'H1').length, name).toBe(input.meeting.items.length + (input.meeting.items.some((i) => /^underskrifts/i.test(i.title)) ? 0 : 1));
      expect(types, name).toContain('H2');
      // The signature table's header row: Udvalgsmedlem, Godkendelse.
      expect(types.filter((t) => t === 'TH').length, name).toBeGreaterThanOrEqual(2);
    }
  });

  it('has a bookmark per item, pointing at its page, with its sections under it', async () => {
    for (const [name, { input, pdf }] of Object.entries(pdfs)) {
      const outline = await pdfOutline(pdf);
      const items = input.meeting.items.map((item, index) => itemHeadingText(input.meeting, item, index));
      expect(outline.slice(0, items.length).map((e) => e.title), name).toEqual(items);
      expect(outline.every((e) => e.page >= 3), name).toBe(true);
      expect(outline.some((e) => e.kids.length > 0), name).toBe(true);
    }
  });

  it('prints its structure (abridged) for the report', () => {
    const structure = pdfStructure(pdfs['seed-haderslev-obu-2026-02-03']!.pdf);
    const lines = structure.split('\n').filter((l) => /^\s*[A-Z][A-Za-z0-9]*( \(|:)/.test(l));
    console.log(['pdfinfo -struct (Haderslev referat, first 40 elements):', ...lines.slice(0, 40), `… ${lines.length} elements`].join('\n'));
  });
});

describe('the PDF Chromium prints from the document’s HTML (Electron’s printToPDF) is tagged too', () => {
  it('has lang da-DK, H1 per item, H2 per section, table header cells and a bookmark per item', async () => {
    const committee = fixtureCommittee();
    const meeting = fixtureMeeting();
    const docx = await buildReferatDocx({ committee, meeting, generatedAt: GENERATED_AT });
    const html = await printableHtml(docx, referatTitle(committee, meeting));
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
    let pdf: Buffer;
    try {
      const page = await browser.newPage();
      await page.setContent(html);
      // Playwright's `tagged` and `outline` are printToPDF's generateTaggedPDF and generateDocumentOutline.
      pdf = await page.pdf({ format: 'A4', tagged: true, outline: true });
    } finally {
      await browser.close();
    }
    expect(pdfInfo(pdf).Tagged).toBe('yes');
    expect((await pdfCatalog(pdf)).lang).toBe('da-DK');
    const types = structureTypes(pdf);
    expect(types).toContain('H1');
    expect(types).toContain('H2');
    expect(types).toContain('TH');
    const outline = await pdfOutline(pdf);
    const titles = JSON.stringify(outline);
    for (const [index, item] of meeting.items.entries()) expect(titles).toContain(JSON.stringify(itemHeadingText(meeting, item, index)).slice(1, -1));
  }, 120_000);
});

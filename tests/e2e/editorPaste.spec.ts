import type { Page } from '@playwright/test';
import { test, expect, type HostHandle } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import type { RichNode } from '../../shared/text/richText.ts';
import { pasteHtmlInto } from './pages/pasteEvent.ts';

/** A paste event as Chromium fires it; `html` empty means plain text only (from a PDF or an e-mail). */
async function paste(page: Page, section: string, data: { html?: string; text: string }) {
  const box = page.getByRole('article').getByRole('textbox', { name: section, exact: true });
  await box.click();
  await page.keyboard.press('Control+End');
  await box.evaluate((el, d) => {
    const dom = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void };
      ClipboardEvent: new (type: string, init: Record<string, unknown>) => unknown;
    };
    const transfer = new dom.DataTransfer();
    if (d.html) transfer.setData('text/html', d.html);
    transfer.setData('text/plain', d.text);
    (el as unknown as { dispatchEvent(event: unknown): boolean }).dispatchEvent(new dom.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
  return box;
}

async function openItem(page: Page, host: HostHandle) {
  const svc = host.app.service;
  const committee = await svc['committees.create']({ name: 'Økonomiudvalget', members: [] });
  const m = await svc['meetings.create']({ committeeId: committee.id, date: '2026-05-05' });
  await svc['items.add']({ meetingId: m.id, title: 'Budgetopfølgning' });
  const shell = new AppShell(page);
  await shell.open(host.url);
  await shell.openMeeting('Økonomiudvalget', '5. maj 2026');
  const meeting = new MeetingPage(page);
  await meeting.selectItem(1);
  return { shell, meeting, meetingId: m.id, svc };
}

const SIZE_MB = Number(process.env.PASTE_MB ?? 2);

const types = (node: RichNode | undefined, out: string[] = []): string[] => {
  if (!node) return out;
  out.push(node.type);
  for (const child of node.content ?? []) types(child, out);
  return out;
};

test('a pasted link keeps its address, even when its text looks like a domain', async ({ page, host }) => {
  const { shell } = await openItem(page, host);
  const box = await paste(page, 'Sagsfremstilling', {
    html: '<p>Se <a href="https://www.klimatilpasning.dk/">klimatilpasning.dk</a> for mere.</p>',
    text: 'Se klimatilpasning.dk for mere.',
  });
  await expect(box.getByRole('link', { name: 'klimatilpasning.dk' })).toHaveAttribute('href', 'https://www.klimatilpasning.dk/');
  await shell.expectAllSaved();
});

test('plain text from a PDF becomes lists and a table; a 2 MB paste goes in in slices with progress, and one undo takes it back', async ({ page, host }) => {
  // Generous: the shared test machine may be busy; speed is measured by npm run bench, not here.
  test.setTimeout(240_000);
  const { shell, meetingId, svc } = await openItem(page, host);
  const text = ['Forvaltningen indstiller, at', '- planen godkendes', '  - med en justering', '1. første skridt', '2. andet skridt', '', 'Udvalg\tMøde', 'ØU\t12-05-2026', 'KB\t27-05-2026'].join('\n');
  const box = await paste(page, 'Sagsfremstilling', { text });
  await expect(box.locator('ul li')).toHaveCount(2);
  await expect(box.locator('ol li')).toHaveCount(2);
  await expect(box.locator('table tr')).toHaveCount(3);
  await shell.expectAllSaved();
  const item = (await svc['meetings.get']({ meetingId })).items[0]!;
  const body = item.sections.find((s) => s.title === 'Sagsfremstilling')!.body;
  expect(types(body)).toEqual(expect.arrayContaining(['bulletList', 'orderedList', 'table']));

  // 2 MB: the progress shows while it goes in, the last line arrives, and typing works at once after.
  const line = 'En lang linje tekst fra en PDF, som skal sættes ind i feltet. ';
  const lines = Array.from({ length: Math.ceil((SIZE_MB * 1024 * 1024) / (line.length * 4)) }, (_, i) => `${line}${line}${line}${line}${i}.`);
  lines.push('SIDSTE LINJE.');
  const big = await paste(page, 'Indstilling', { text: lines.join('\n\n') });
  await expect(page.getByRole('status').filter({ hasText: 'Indsætter tekst' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Indsætter tekst' })).toBeHidden({ timeout: 180_000 });
  await expect(big).toContainText('SIDSTE LINJE.');
  // Every line is its own paragraph, whatever slice it came in: a blank line at a slice boundary stays a break.
  await shell.expectAllSaved();
  const pasted = (await svc['meetings.get']({ meetingId })).items[0]!.sections.find((s) => s.title === 'Indstilling')!.body;
  const texts = (pasted.content ?? []).map((p) => (p.content ?? []).map((t) => t.text ?? '').join(''));
  expect(texts).toEqual(lines);
  // One undo takes the whole paste back, however many slices it went in as.
  await page.keyboard.press('Control+z');
  await expect(big).not.toContainText('SIDSTE LINJE.', { timeout: 30_000 });
  await expect(big).not.toContainText('En lang linje tekst');
  // And the field takes typing again.
  await page.keyboard.type('Kort.');
  await expect(big).toHaveText('Kort.');
});

test('a 2 MB HTML paste (Word) goes in in slices with progress, between the text around the cursor, paragraph for paragraph; one undo takes it back', async ({ page, host }) => {
  test.setTimeout(240_000);
  const { shell, meetingId, svc } = await openItem(page, host);
  const box = page.getByRole('article').getByRole('textbox', { name: 'Sagsfremstilling', exact: true });
  await box.click();
  await page.keyboard.type('Før indsættelsen. Efter indsættelsen.');
  for (let i = 0; i < 'Efter indsættelsen.'.length; i++) await page.keyboard.press('ArrowLeft');

  // As Word puts it on the clipboard: one WordSection div around paragraphs and a list.
  const paragraphs = Math.ceil((SIZE_MB * 1024 * 1024) / 420);
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span style='font-family:"Calibri",sans-serif'>Afsnit ${i + 1}: Sagen vedrører budgetopfølgning og den videre proces, <b>med fed tekst</b>, og mere tekst her.</span></p>`,
  ).join('\n');
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator content="Microsoft Word 15"></head><body><div class=WordSection1>${body}<p class=MsoNormal>SIDSTE LINJE.</p></div></body></html>`;
  // Word's clean-up runs in a worker (under the app's CSP), not on the page's thread.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await pasteHtmlInto(box, html);
  await expect(page.getByRole('status').filter({ hasText: 'Indsætter tekst' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Indsætter tekst' })).toBeHidden({ timeout: 180_000 });
  await expect(box).toContainText('SIDSTE LINJE.');
  await shell.expectAllSaved();
  expect(workers.filter((url) => /cleanHtmlWorker/.test(url))).toHaveLength(1);

  // Every pasted paragraph is its own paragraph, whatever slice it came in: none joined, none split, no empty ones.
  const stored = (await svc['meetings.get']({ meetingId })).items[0]!.sections.find((s) => s.title === 'Sagsfremstilling')!.body;
  const texts = (stored.content ?? []).map((p) => (p.content ?? []).map((t) => t.text ?? '').join(''));
  expect(texts).toHaveLength(paragraphs + 1);
  expect(texts[0]).toBe('Før indsættelsen. Afsnit 1: Sagen vedrører budgetopfølgning og den videre proces, med fed tekst, og mere tekst her.');
  for (let i = 1; i < paragraphs; i++) expect(texts[i]).toBe(`Afsnit ${i + 1}: Sagen vedrører budgetopfølgning og den videre proces, med fed tekst, og mere tekst her.`);
  expect(texts[paragraphs]).toBe('SIDSTE LINJE.Efter indsættelsen.');
  expect(JSON.stringify(stored)).toContain('"type":"bold"');

  // One undo takes the whole paste back.
  await page.keyboard.press('Control+z');
  await expect(box).not.toContainText('SIDSTE LINJE.', { timeout: 30_000 });
  await expect(box).toHaveText('Før indsættelsen. Efter indsættelsen.');
});

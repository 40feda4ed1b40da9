import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startWebHost } from '../../../electron/web/host.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { ms, type Row } from '../report.ts';
import { AppShell } from '../../e2e/pages/AppShell.ts';
import { MeetingPage } from '../../e2e/pages/MeetingPage.ts';
import { median, percentile } from '../stats.ts';
import { pasteHtmlInto } from '../../e2e/pages/pasteEvent.ts';

const KEYS = 'abcdefghijklmnopqrstuvwxyzabcdefghij';

/** About 1 MB of Sagsfremstilling: 2,000 paragraphs of some 500 characters. */
const HUGE = Array.from({ length: 2000 }, (_, i) => `Afsnit ${i + 1}: ${'Sagen vedrører budgetopfølgning og den videre proces. '.repeat(9)}`);

/** Each key pressed at the end of the field, timed from keydown until the frame after it has been drawn. */
async function typeTimed(page: Page, item: number): Promise<number[]> {
  await new MeetingPage(page).selectItem(item);
  const field = page.getByRole('article').getByRole('textbox', { name: 'Sagsfremstilling', exact: true });
  await field.waitFor();
  await field.click();
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    const w = window as unknown as { keyTimes: number[]; keyTimer?: boolean };
    w.keyTimes = [];
    if (w.keyTimer) return;
    w.keyTimer = true;
    window.addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.keyTimes.push(performance.now() - t0)));
      },
      true,
    );
  });
  for (const key of KEYS) {
    await page.keyboard.press(key);
    await page.waitForTimeout(120);
  }
  return page.evaluate(() => (window as unknown as { keyTimes: number[] }).keyTimes);
}

/** About 2 MB of Word's clipboard HTML: one WordSection div around styled paragraphs, as Word writes them. */
function wordHtml(megabytes: number): string {
  const paragraph = (i: number) => `<p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span style='font-family:"Calibri",sans-serif'>Afsnit ${i + 1}: Sagen vedrører budgetopfølgning og den videre proces, <b>med fed tekst</b>, og mere tekst her.</span></p>`;
  const paragraphs = Math.ceil((megabytes * 1024 * 1024) / (paragraph(9999).length + 1));
  const body = Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('\n');
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator content="Microsoft Word 15"></head><body><div class=WordSection1>${body}</div></body></html>`;
}

/** A large Word paste into a short field: the longest task the page ran meanwhile (Chromium's long-task entries), and the whole paste. */
async function pasteTimed(page: Page, item: number, html: string): Promise<{ longestMs: number; totalMs: number }> {
  await new MeetingPage(page).selectItem(item);
  const field = page.getByRole('article').getByRole('textbox', { name: 'Sagsfremstilling', exact: true });
  await field.click();
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const t0 = Date.now();
  await pasteHtmlInto(field, html);
  await page.getByRole('status').filter({ hasText: 'Indsætter tekst' }).waitFor({ state: 'hidden', timeout: 180_000 });
  const totalMs = Date.now() - t0;
  const longestMs = await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
  return { longestMs, totalMs };
}

/**
 * A keystroke in a 1 MB Sagsfremstilling in Debian's Chromium against the
 * browser host (the renderer as built in dist/renderer), beside a keystroke in
 * a short field in the same page: the part that grows with the field's size.
 */
export async function typingBench(): Promise<Row[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'referent-bench-typing-'));
  const host = await startWebHost({ dataDir, staticDir: resolve('dist/renderer'), port: 0 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const svc = host.app.service;
    const committee = await svc['committees.create']({ name: 'Bench', members: [{ name: 'Borgmester', label: '', role: 'formand' }] });
    let m = await svc['meetings.create']({ committeeId: committee.id, date: '2026-06-24', time: '17:00' });
    m = await svc['items.add']({ meetingId: m.id, title: 'Stor sag', caseNumber: '' });
    m = await svc['items.add']({ meetingId: m.id, title: 'Lille sag', caseNumber: '' });
    const big = m.items[0]!;
    const small = m.items[1]!;
    await svc['items.setSection']({ meetingId: m.id, itemId: big.id, sectionId: big.sections[0]!.id, body: docFromParagraphs(...HUGE) });
    await svc['items.setSection']({ meetingId: m.id, itemId: small.id, sectionId: small.sections[0]!.id, body: docFromParagraphs(...HUGE.slice(0, 3)) });

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const shell = new AppShell(page);
    await shell.open(host.url);
    await shell.openMeeting('Bench', '24. juni 2026');
    const smallTimes = await typeTimed(page, 2);
    const bigTimes = await typeTimed(page, 1);
    const bigMedian = median(bigTimes);
    const html = wordHtml(2);
    const paste = await pasteTimed(page, 2, html);
    return [
      {
        what: `keystroke at the end of a ${(HUGE.join('').length / 1e6).toFixed(1)} MB Sagsfremstilling, keydown → next frame (median of ${bigTimes.length}; p90 ${ms(percentile(bigTimes, 90))})`,
        figure: ms(bigMedian),
        reference: `3-paragraph field, same page: ${ms(median(smallTimes))}`,
        goal: '≤ 50 ms',
        met: bigMedian <= 50,
      },
      {
        what: `paste of ${(html.length / 1024 / 1024).toFixed(1)} MB of Word HTML: the longest task on the page's thread meanwhile (Word's clean-up runs in a worker)`,
        figure: ms(paste.longestMs),
        reference: `the whole paste, slices drawn as they go in: ${ms(paste.totalMs)}`,
      },
    ];
  } finally {
    await browser.close();
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

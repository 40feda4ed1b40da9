import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';
import type { RichNode } from '../../shared/text/richText.ts';

const fixture = (name: string) => readFile(resolve('tests/fixtures/word-paste', `${name}.html`), 'utf8');

/** A real paste event as Chromium fires it, with Word's HTML and plain text on the clipboard. */
async function paste(page: Page, section: string, html: string, text = 'tekst') {
  const box = page.getByRole('article').getByRole('textbox', { name: section, exact: true });
  await box.click();
  await page.keyboard.press('Control+End');
  await box.evaluate(
    (el, data) => {
      // Runs in the page; the test's own tsconfig has no DOM types, hence the loose view of the globals.
      const dom = globalThis as unknown as {
        DataTransfer: new () => { setData(type: string, value: string): void };
        ClipboardEvent: new (type: string, init: Record<string, unknown>) => unknown;
      };
      const transfer = new dom.DataTransfer();
      transfer.setData('text/html', data.html);
      transfer.setData('text/plain', data.text);
      (el as unknown as { dispatchEvent(event: unknown): boolean }).dispatchEvent(new dom.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
  return box;
}

function types(node: RichNode | undefined, out: string[] = []): string[] {
  if (!node) return out;
  out.push(node.type);
  for (const child of node.content ?? []) types(child, out);
  return out;
}

test('indsæt fra Word: nummereret liste, punkter med underpunkt, tabel med overskriftsrække og overskrifter bliver ægte noder', async ({ page, host }) => {
  const svc = host.app.service;
  const committee = await svc['committees.create']({ name: 'Økonomiudvalget', members: [] });
  const m = await svc['meetings.create']({ committeeId: committee.id, date: '2026-05-05' });
  await svc['items.add']({ meetingId: m.id, title: 'Budgetopfølgning' });
  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting('Økonomiudvalget', '5. maj 2026');

  const box = await paste(page, 'Sagsfremstilling', await fixture('headings'));
  // Word's Overskrift 1 is the toolbar's sub-heading (h3); deeper levels become h4.
  await expect(box.locator('h3')).toHaveText(['Resume og sagens baggrund', 'Bilag til sagen']);
  await expect(box.locator('h4')).toHaveText(['Økonomiske forhold', 'Juridiske aspekter']);
  await paste(page, 'Sagsfremstilling', await fixture('nested-bullets'));
  await expect(box.locator('ul > li > ul > li')).toContainText(['herunder drift af backup og overvågning']);
  await paste(page, 'Sagsfremstilling', await fixture('table-total-row'));
  await expect(box.locator('table th')).toHaveText(['Område', 'Budget 2026 (mio. kr.)', 'Forventet regnskab']);
  await expect(box.locator('table tr').last().locator('strong')).toHaveText(['I alt', '508,5', '506,5']);
  await expect(box).not.toContainText('·');
  // TipTap's own table widths aside, no inline style from Word survives.
  await expect(box.locator('p[style], li[style], span[style], h2[style], h3[style], font')).toHaveCount(0);

  const indstilling = await paste(page, 'Indstilling', await fixture('numbered-list'));
  await expect(indstilling.locator('ol > li')).toHaveText(['dagsordenen godkendes,', 'budgetopfølgningen for 1. kvartal tages til efterretning, og', 'sagen sendes videre til Økonomiudvalget.']);

  // The decision field has no headings or tables: the text stays, as paragraphs.
  const beslutning = await paste(page, 'Beslutning', await fixture('headings'));
  await expect(beslutning.locator('h2, h3, h4')).toHaveCount(0);
  await expect(beslutning).toContainText('Økonomiske forhold');
  await shell.expectAllSaved();

  const item = (await svc['meetings.get']({ meetingId: m.id })).items[0]!;
  const [sagsfremstilling, indst, besl] = ['Sagsfremstilling', 'Indstilling', 'Beslutning'].map((t) => types(item.sections.find((s) => s.title === t)?.body));
  expect(sagsfremstilling).toEqual(expect.arrayContaining(['heading', 'bulletList', 'listItem', 'table', 'tableRow', 'tableHeader', 'tableCell']));
  expect(sagsfremstilling!.filter((t) => t === 'bulletList').length).toBeGreaterThanOrEqual(3);
  expect(indst).toContain('orderedList');
  expect(besl).not.toContain('heading');
  await expect(meeting.editor.heading).toContainText('Budgetopfølgning');
});

test('en indsættelse over 5 MB afvises med en dansk besked, og intet sættes ind', async ({ page, host }) => {
  const svc = host.app.service;
  const committee = await svc['committees.create']({ name: 'Økonomiudvalget', members: [] });
  const m = await svc['meetings.create']({ committeeId: committee.id, date: '2026-05-05' });
  await svc['items.add']({ meetingId: m.id, title: 'Budgetopfølgning' });
  const shell = new AppShell(page);
  await shell.open(host.url);
  await shell.openMeeting('Økonomiudvalget', '5. maj 2026');

  const huge = `<p class=MsoNormal>${'Lang tekst fra Word. '.repeat(280_000)}</p>`;
  const box = await paste(page, 'Sagsfremstilling', huge, 'x');
  await expect(page.getByRole('alert')).toContainText('Det indsatte er for stort (over 5 MB tekst) og blev ikke sat ind.');
  await expect(box).not.toContainText('Lang tekst fra Word');
  // The editor still answers.
  await page.keyboard.type('Kort tekst');
  await expect(box).toContainText('Kort tekst');
});

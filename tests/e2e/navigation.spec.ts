import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { CommitteePage } from './pages/CommitteePage.ts';
import { localIsoDate } from '../../shared/format/dates.ts';

/** The machine's date `days` from today, as the window reckons today. */
function dayFromToday(days: number): string {
  const at = new Date();
  at.setDate(at.getDate() + days);
  return localIsoDate(at);
}

test('a committee with many meetings: the navigation shows those around today and links to all of them', async ({ page, host }) => {
  const service = host.app.service;
  const committee = await service['committees.create']({ name: 'Økonomiudvalget', members: [{ name: 'Henrik Harder', role: 'formand' }] });
  // Four meetings ahead and twelve held, three weeks apart: more than a year, so at least two years.
  const ahead = [1, 2, 3, 4].map((k) => dayFromToday(21 * k));
  const held = Array.from({ length: 12 }, (_, k) => dayFromToday(-21 * (k + 1)));
  for (const date of [...ahead, ...held]) await service['meetings.create']({ committeeId: committee.id, date });

  const shell = new AppShell(page);
  await shell.open(host.url);
  // All four ahead and the six latest held, newest first.
  await expect(shell.meetingLinks('Økonomiudvalget')).toHaveCount(10);
  const shown = await shell.meetingLinks('Økonomiudvalget').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const idsByDate = new Map((await service['meetings.list']({})).map((m) => [m.date, m.id]));
  const expected = [...ahead].reverse().concat(held.slice(0, 6)).map((date) => `#/moede/${idsByDate.get(date)}`);
  expect(shown).toEqual(expected);
  await expect(shell.allMeetingsLink()).toHaveText('Alle 16 møder');

  // The committee's page lists all sixteen, under a heading per year.
  await shell.allMeetingsLink().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Økonomiudvalget' })).toBeVisible();
  const meetings = page.getByRole('region', { name: 'Møder', exact: true });
  await expect(meetings.getByRole('link')).toHaveCount(16);
  const years = [...new Set([...ahead, ...held].map((d) => d.slice(0, 4)))].sort().reverse();
  await expect(meetings.getByRole('heading', { level: 3 })).toHaveText(years.map((y) => new RegExp(`^${y} \\(\\d+ møder?\\)$`)));

  // A new meeting is counted at once, without a reload.
  await new CommitteePage(page).createMeeting({ date: dayFromToday(200) });
  await expect(page.locator('#meeting-heading')).toBeVisible();
  await expect(shell.allMeetingsLink()).toHaveText('Alle 17 møder');

  // An old meeting opened from the committee's page is shown in the navigation as the current one.
  await shell.allMeetingsLink().click();
  await meetings.getByRole('link').last().click();
  await expect(page.locator('#meeting-heading')).toBeVisible();
  const oldest = idsByDate.get(held.at(-1)!)!;
  await expect(shell.meetingLinks('Økonomiudvalget')).toHaveCount(11);
  await expect(shell.nav.locator('[aria-current="page"]')).toHaveAttribute('href', `#/moede/${oldest}`);

  // Changes that arrive through sync read the navigation again; the old meeting on screen keeps its place in it.
  await service['meetings.create']({ committeeId: committee.id, date: dayFromToday(400) });
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('referent:synkroniseret', { detail: { meetings: [] } })));
  await expect(shell.allMeetingsLink()).toHaveText('Alle 18 møder');
  await expect(shell.meetingLinks('Økonomiudvalget')).toHaveCount(11);
  await expect(shell.nav.locator('[aria-current="page"]')).toHaveAttribute('href', `#/moede/${oldest}`);
  // Sync changed that very meeting: read again, it keeps its place.
  const synced = (ids: string[]) => page.evaluate((meetings) => window.dispatchEvent(new CustomEvent('referent:synkroniseret', { detail: { meetings } })), ids);
  await synced([oldest]);
  await expect(shell.allMeetingsLink()).toHaveText('Alle 18 møder');
  await expect(shell.meetingLinks('Økonomiudvalget')).toHaveCount(11);
  await expect(shell.nav.locator('[aria-current="page"]')).toHaveAttribute('href', `#/moede/${oldest}`);
  // Sync deleted it (another machine did): the navigation no longer links to it.
  await host.app.store.deleteMeeting(oldest);
  await synced([oldest]);
  await expect(shell.allMeetingsLink()).toHaveText('Alle 17 møder');
  await expect(shell.meetingLinks('Økonomiudvalget')).toHaveCount(10);
  await expect(shell.nav.locator(`a[href="#/moede/${oldest}"]`)).toHaveCount(0);
});

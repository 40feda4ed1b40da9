import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { AgendaEditor } from './pages/AgendaEditor.ts';

const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b id="injected">fed</b>`;

test('script og HTML skrevet i titel, sagsnummer, afsnit og bilagsnavn forbliver tekst', async ({ page, host }) => {
  const svc = host.app.service;
  const committee = await svc['committees.create']({ name: 'Direktionen', members: [] });
  const m = await svc['meetings.create']({ committeeId: committee.id, date: '2026-03-16' });
  await svc['items.add']({ meetingId: m.id, title: 'Harmløs titel' });
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const shell = new AppShell(page);
  const agenda = new AgendaEditor(page);
  await shell.open(host.url);
  await shell.openMeeting('Direktionen', '16. marts 2026');

  await agenda.field('Titel').fill(`Titel ${PAYLOAD}`);
  await agenda.field('Sagsnummer').fill('<svg onload=alert(1)>');
  await agenda.field('Sagsnummer').blur();
  const section = agenda.article.getByRole('textbox', { name: 'Sagsfremstilling', exact: true });
  await section.click();
  await page.keyboard.type(PAYLOAD);
  await agenda.bilag.getByLabel('Bilag uden fil (titel)').fill(`Bilag ${PAYLOAD}`);
  await agenda.bilag.getByRole('button', { name: 'Tilføj bilag' }).click();
  await agenda.expectSaved();
  await page.reload();

  await expect(agenda.link('1')).toContainText(`Titel ${PAYLOAD}`);
  await expect(agenda.link('1')).toContainText('<svg onload=alert(1)>');
  await expect(agenda.article.getByRole('heading', { level: 2 })).toContainText(PAYLOAD);
  await expect(section).toHaveText(PAYLOAD);
  await expect(agenda.bilag.getByRole('listitem')).toContainText(`Bilag ${PAYLOAD}`);
  await expect(page.locator('#injected, img[src="x"], svg[onload], script:not([src]):not([type])')).toHaveCount(0);
  expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});

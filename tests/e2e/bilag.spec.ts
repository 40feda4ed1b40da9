import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { AgendaEditor } from './pages/AgendaEditor.ts';

test('bilag: upload, åbn som download, lukket, omdøb, titel uden fil, fjern, for stor fil og ødelagt fil', async ({ page, host }) => {
  const svc = host.app.service;
  const committee = await svc['committees.create']({ name: 'Direktionen', members: [] });
  const m = await svc['meetings.create']({ committeeId: committee.id, date: '2026-03-16' });
  await svc['items.add']({ meetingId: m.id, title: 'Informationssikkerhedspolitik' });
  const shell = new AppShell(page);
  const agenda = new AgendaEditor(page);
  await shell.open(host.url);
  await shell.openMeeting('Direktionen', '16. marts 2026');
  const bilag = agenda.bilag;
  await expect(bilag).toContainText('Ingen bilag endnu.');

  const content = Buffer.from('%PDF-1.4\nInformationssikkerhedspolitik 2026\n');
  const answer = Buffer.from('Ingen bemærkninger.');
  await bilag.getByLabel('Vælg bilagsfiler').setInputFiles([
    { name: 'Informationssikkerhedspolitik_#204277-25_CaseNo25-29302.pdf', mimeType: 'application/pdf', buffer: content },
    { name: 'Høringssvar.txt', mimeType: 'text/plain', buffer: answer },
  ]);
  const rows = bilag.getByRole('list', { name: 'Bilag til punktet' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Informationssikkerhedspolitik_#204277-25_CaseNo25-29302.pdf');

  // In the browser the file comes back as a download, byte for byte.
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await bilag.getByRole('button', { name: 'Åbn Informationssikkerhedspolitik_#204277-25_CaseNo25-29302.pdf' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Informationssikkerhedspolitik_#204277-25_CaseNo25-29302.pdf');
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  expect(Buffer.compare(await readFile(path), content)).toBe(0);

  await bilag.getByLabel('Lukket bilag: Høringssvar.txt').check();
  await expect(rows.nth(1)).toContainText('Lukket');
  await bilag.getByRole('button', { name: 'Omdøb Høringssvar.txt' }).click();
  await bilag.getByLabel('Nyt navn for Høringssvar.txt').fill('Høringssvar fra MED-udvalget.txt');
  await bilag.getByRole('button', { name: 'Gem' }).click();
  await expect(rows.nth(1)).toContainText('Høringssvar fra MED-udvalget.txt');

  await bilag.getByLabel('Bilag uden fil (titel)').fill('Bilag 3: Tidsplan (eftersendes)');
  await bilag.getByRole('button', { name: 'Tilføj bilag' }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText('kun titel');
  await bilag.getByRole('button', { name: 'Fjern Bilag 3: Tidsplan (eftersendes)' }).click();
  await expect(rows).toHaveCount(2);

  // Larger than the browser host can take: refused in the UI, in Danish, nothing sent.
  // A file on disk: a 19 MB buffer sent through the protocol would be slow; a path is handed over as is.
  const big = test.info().outputPath('Stor scanning.pdf');
  await writeFile(big, Buffer.alloc(19 * 1024 * 1024, 1));
  await bilag.getByLabel('Vælg bilagsfiler').setInputFiles(big);
  await expect(bilag.getByRole('alert')).toContainText('»Stor scanning.pdf« er for stor: et bilag må højst fylde 18 MB.');
  await expect(rows).toHaveCount(2);
  await agenda.expectSaved();

  const stored = (await svc['meetings.get']({ meetingId: m.id })).items[0]!;
  expect(stored.attachments.map((a) => [a.name, a.closed, a.file?.size])).toEqual([
    ['Informationssikkerhedspolitik_#204277-25_CaseNo25-29302.pdf', false, content.length],
    ['Høringssvar fra MED-udvalget.txt', true, answer.length],
  ]);

  // The stored copy altered, then gone: the API's Danish messages are shown as they are.
  await writeFile(join(host.dataDir, stored.attachments[0]!.file!.path), 'ændret');
  await bilag.getByRole('button', { name: /^Åbn Informationssikkerhedspolitik/ }).click();
  await expect(bilag.getByRole('alert')).toContainText('er ændret eller beskadiget, siden den blev vedhæftet');
  await rm(join(host.dataDir, stored.attachments[1]!.file!.path));
  await bilag.getByRole('button', { name: 'Åbn Høringssvar fra MED-udvalget.txt' }).click();
  await expect(bilag.getByRole('alert')).toContainText('Filen til bilaget "Høringssvar fra MED-udvalget.txt" mangler i datamappen.');
});

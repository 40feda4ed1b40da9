import { test, expect } from './fixtures.ts';
import type { HostHandle } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { AgendaEditor } from './pages/AgendaEditor.ts';

const UDVALG = 'Børne- og Skoleudvalget';

async function arrange(host: HostHandle) {
  const svc = host.app.service;
  const committee = await svc['committees.create']({
    name: UDVALG,
    members: [
      { name: 'Karin Holm', label: 'A', role: 'formand' },
      { name: 'Peter Vest', label: 'V' },
      { name: 'Lone Dahl', label: 'F' },
    ],
  });
  let meeting = await svc['meetings.create']({ committeeId: committee.id, date: '2026-04-14' });
  for (const title of ['Skolestruktur', 'Budget 2027', 'Ansættelse af skoleleder', 'Trafiksikkerhed']) {
    meeting = await svc['items.add']({ meetingId: meeting.id, title });
  }
  return { committee, meeting };
}

test('type, lukket punkt med offentlig titel og sagsnumre i alle formater gemmes og vises', async ({ page, host }) => {
  const { meeting } = await arrange(host);
  const shell = new AppShell(page);
  const agenda = new AgendaEditor(page);
  await shell.open(host.url);
  await shell.openMeeting(UDVALG, '14. april 2026');

  const schemes = ['25/30730', '26-000257', '00.22.00-G01-2-24', '85.15.00-A00-1-24'];
  for (const [i, scheme] of schemes.entries()) {
    await agenda.select(String(i + 1));
    await agenda.field('Sagsnummer').fill(scheme);
    await agenda.field('Sagsnummer').blur();
    await expect(agenda.link(String(i + 1))).toContainText(scheme);
  }

  await agenda.select('2');
  await agenda.field('Type').selectOption({ label: 'Drøftelse' });
  await expect(agenda.link('2')).toContainText('Drøftelse');

  await agenda.select('3');
  await expect(agenda.field('Offentlig titel')).toHaveCount(0);
  await agenda.field('Lukket punkt').check();
  await expect(agenda.field('Offentlig titel')).toBeVisible();
  await expect(agenda.article.getByText('Vises i den offentlige udgave i stedet for titlen')).toBeVisible();
  await agenda.field('Offentlig titel').fill('Personalesag');
  await agenda.field('Offentlig titel').blur();
  await expect(agenda.link('3')).toContainText('Lukket');
  await agenda.expectSaved();

  await page.reload();
  await expect(agenda.field('Offentlig titel')).toHaveValue('Personalesag');
  const stored = await host.app.service['meetings.get']({ meetingId: meeting.id });
  expect(stored.items.map((i) => i.caseNumber)).toEqual(schemes);
  expect(stored.items[1]!.kind).toBe('droeftelse');
  expect(stored.items[2]).toMatchObject({ closed: true, publicTitle: 'Personalesag' });
});

test('fravær pr. punkt, protokolbemærkning og sagsgangstabel', async ({ page, host }) => {
  const { meeting, committee } = await arrange(host);
  const shell = new AppShell(page);
  const agenda = new AgendaEditor(page);
  await shell.open(host.url);
  await shell.openMeeting(UDVALG, '14. april 2026');
  await agenda.select('1');

  const attendance = agenda.article.getByRole('region', { name: 'Deltagelse i punktet' });
  const absence = attendance.getByRole('form', { name: 'Tilføj fravær' });
  await absence.getByLabel('Medlem').selectOption({ label: 'Peter Vest (V)' });
  await absence.getByLabel('Årsag').selectOption({ label: 'Inhabil' });
  await absence.getByLabel('Bemærkning').fill('Far til elev på skolen');
  await absence.getByRole('button', { name: 'Tilføj fravær' }).click();
  await expect(attendance.getByLabel('Årsag: Peter Vest (V)')).toHaveValue('inhabil');
  await attendance.getByLabel('Årsag: Peter Vest (V)').selectOption({ label: 'Forlod mødet' });

  const remark = attendance.getByRole('form', { name: 'Tilføj protokolbemærkning' });
  await remark.getByLabel('Medlem').selectOption({ label: 'Lone Dahl (F)' });
  await remark.getByLabel('Protokolbemærkninger').fill('F kan ikke støtte lukningen af Vestskolen.');
  await remark.getByRole('button', { name: 'Tilføj protokolbemærkning' }).click();
  await expect(attendance.getByLabel('Protokolbemærkning fra Lone Dahl (F)')).toHaveValue('F kan ikke støtte lukningen af Vestskolen.');

  const flow = agenda.article.getByRole('region', { name: 'Behandling / Sagsgang' });
  await flow.getByRole('button', { name: 'Angiv sagsgang' }).click();
  for (const body of ['BSU', 'ØU', 'KB']) {
    await flow.getByLabel('Nyt organ').fill(body);
    await flow.getByRole('button', { name: 'Tilføj organ' }).click();
    await expect(flow.getByRole('group', { name: 'Organer' })).toContainText(body);
  }
  await expect(flow).toContainText('Udskrives som: BSU, ØU, KB');
  await flow.getByLabel('Vis som sagsgangstabel').check();
  const table = flow.getByRole('table', { name: 'Sagsgang' });
  await table.getByLabel('Indstilling i BSU').check();
  await table.getByLabel('Indstilling i ØU').check();
  await table.getByLabel('Beslutning i KB').check();
  await expect(table.getByLabel('Beslutning i KB')).toBeChecked();
  await agenda.expectSaved();

  const stored = (await host.app.service['meetings.get']({ meetingId: meeting.id })).items[0]!;
  const peter = committee.members.find((m) => m.name === 'Peter Vest')!;
  const lone = committee.members.find((m) => m.name === 'Lone Dahl')!;
  expect(stored.absences).toEqual([{ memberId: peter.id, reason: 'forlod_moedet', note: 'Far til elev på skolen' }]);
  expect(stored.remarks).toEqual([{ memberId: lone.id, text: 'F kan ikke støtte lukningen af Vestskolen.' }]);
  expect(stored.caseFlow).toEqual({
    bodies: ['BSU', 'ØU', 'KB'],
    asTable: true,
    steps: [
      { step: 'Indstilling', bodies: ['BSU', 'ØU'] },
      { step: 'Beslutning', bodies: ['KB'] },
    ],
  });

  await page.reload();
  await expect(table.getByLabel('Indstilling i ØU')).toBeChecked();
  await expect(attendance.getByLabel('Bemærkning: Peter Vest (V)')).toHaveValue('Far til elev på skolen');
});

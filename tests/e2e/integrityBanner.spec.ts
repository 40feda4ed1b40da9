import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { AppShell } from './pages/AppShell.ts';
import { MeetingPage } from './pages/MeetingPage.ts';

test.use({ withSeeds: true });

type Node = { type: string; text?: string; content?: Node[] };
type StoredMeeting = { meeting: { items: { title: string; sections: { kind: string; body: Node }[] }[] } };

test('et godkendt referat, der er ændret i filen på disken, får et tydeligt banner, der nævner ændringen', async ({ page, host }) => {
  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  await shell.open(host.url);
  await shell.openMeeting('Organisations- og Beredskabsudvalget', '3. februar 2026');
  await expect(meeting.status).toHaveText('Godkendt');
  await expect(meeting.lockNotice).toBeVisible();
  await expect(meeting.integrityBanner).toHaveCount(0);

  // Someone edits the stored decision by hand, outside Referent.
  const file = join(host.dataDir, 'meetings', 'haderslev-obu-2026-02-03.json');
  const stored = JSON.parse(await readFile(file, 'utf8')) as StoredMeeting;
  const item = stored.meeting.items.find((i) => i.title === 'Godkendelse af dagsorden')!;
  item.sections.find((s) => s.kind === 'beslutning')!.body = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Godkendt med tilføjelse af et punkt om brandsyn' }] }],
  };
  const hash = new URL(page.url()).hash;
  // Written while Referent is closed, as a hand edit of the data folder would be.
  await page.goto((await host.restart(() => writeFile(file, JSON.stringify(stored, null, 1)))) + hash);
  await expect(meeting.integrityBanner).toBeVisible();
  await expect(meeting.integrityBanner).toContainText('Referatet er ændret, efter at det blev sendt til godkendelse.');
  await expect(meeting.integrityBanner).toContainText('Holger Mikkelsen');
  await expect(meeting.integrityBanner).toContainText('godkendelse gælder ikke længere');
  await expect(meeting.integrityBanner).toContainText('Punkt 10: Godkendelse af dagsorden');
  await expect(meeting.integrityBanner).toContainText('Beslutning er ændret');
  await expect(meeting.integrityBanner).toContainText('Genåbn referatet');
  await expect(meeting.integrityBanner).not.toContainText('Revisionssporet er brudt');

  // The banner stays on the signature page too: the approvals there no longer hold.
  await meeting.openSignatures();
  await expect(meeting.integrityBanner).toBeVisible();

  // Reopening with a reason and sending again clears it.
  await meeting.reopen('Beslutningen under punkt 10 er rettet i filen; sendes til ny godkendelse.');
  await expect(meeting.integrityBanner).toHaveCount(0);
  await meeting.sendToApproval();
  await expect(meeting.integrityBanner).toHaveCount(0);
  await expect(meeting.signatures.changes).toContainText('Punkt 10: Godkendelse af dagsorden');
});

test('et brudt revisionsspor vises i banneret', async ({ page, host }) => {
  const committee = await host.app.service['committees.list']({});
  const obu = committee.find((c) => c.name === 'Organisations- og Beredskabsudvalget')!;
  const created = await host.app.service['meetings.create']({ committeeId: obu.id, date: '2026-04-14' });
  await host.app.service['items.add']({ meetingId: created.id, title: 'Godkendelse af dagsorden', caseNumber: '' });
  await host.app.service['approvals.send']({ meetingId: created.id });

  // One line of the hash-chained log is altered by hand.
  const log = join(host.dataDir, 'audit.jsonl');
  const lines = (await readFile(log, 'utf8')).trimEnd().split('\n');
  const first = JSON.parse(lines[0]!) as Record<string, unknown>;
  first.actor = 'en anden';
  lines[0] = JSON.stringify(first);
  const shell = new AppShell(page);
  const meeting = new MeetingPage(page);
  await shell.open(await host.restart(() => writeFile(log, lines.join('\n') + '\n')));
  await shell.openMeeting('Organisations- og Beredskabsudvalget', '14. april 2026');
  await expect(page.getByRole('alert')).toContainText('Revisionssporet er brudt');
  await meeting.openSignatures();
  await expect(page.getByText('Sporet er brudt.')).toBeVisible();
});

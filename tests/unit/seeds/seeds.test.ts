import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../../../electron/core/store/store.ts';
import { decisionSection, itemNumber, type AgendaItem, type Meeting } from '../../../shared/domain/meeting.ts';
import { docToPlainText, type RichNode } from '../../../shared/text/richText.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SEEDS = join(repoRoot, 'seeds');

type Expected = { number: number; title: string; caseNumber: string; closed?: boolean; decision?: string };

// Read off the published protocols (/work/shared/seeds/*): `Punkt N: <title>`, the case number
// below it, and the first words of the decision where the protocol prints one.
const EXPECTED: Record<string, Expected[]> = {
  'haderslev-obu-2026-02-03': [
    { number: 10, title: 'Godkendelse af dagsorden', caseNumber: '25/30730', decision: 'Godkendt' },
    { number: 11, title: 'Introduktion - IT og digitalisering', caseNumber: '25/30730', decision: 'Taget til efterretning' },
    { number: 12, title: 'Etablering af tværkommunalt IT-samarbejde', caseNumber: '26/777', decision: 'Taget til efterretning' },
    { number: 13, title: 'Kommissorier til budgetanalyser', caseNumber: '25/30730', decision: 'Taget til efterretning' },
    { number: 14, title: 'Kontaktudvalg for Beredskabsplanlægning', caseNumber: '26/1312', decision: 'Taget til efterretning' },
    { number: 15, title: 'Gensidig orientering', caseNumber: '25/30730', decision: 'Intet at bemærke' },
    { number: 16, title: 'Underskriftsside', caseNumber: '25/30730' },
  ],
  'kalundborg-direktionen-2026-03-16': [
    { number: 1, title: 'DI Vestsjælland deltager i direktionmødet', caseNumber: '26-000257', closed: true },
    { number: 2, title: 'Drøftelse af materiale til planseminar 2026', caseNumber: '26-000228', closed: true },
    { number: 3, title: 'Beslutning om juridiske prioriteringer for 2026', caseNumber: '25-009000', closed: true },
    {
      number: 4,
      title: 'Beslutning om forpligtende samarbejde om etablering af en fælles it-drift- og serviceorganisation for 16 kommuner i KKR Sjælland',
      caseNumber: '26-002507',
      decision: 'Anbefales.',
    },
    { number: 5, title: 'Drøftelse af sager på vej til udvalgsbehandling', caseNumber: '', closed: true },
    { number: 6, title: 'Orientering om sager på vej til Direktionen', caseNumber: '', closed: true },
    { number: 7, title: 'Formidling af Direktionens drøftelser og beslutninger til organisationen', caseNumber: '', closed: true },
    { number: 8, title: 'Eventuelt', caseNumber: '', decision: 'Ingen bemærkninger.' },
  ],
  'albertslund-chefforum-2026-01-28': [
    { number: 1, title: 'Godkendelse af dagsorden og referat', caseNumber: '00.01.00-A00-32-24', decision: 'Chefforum godkendte dagsorden og referat.' },
    { number: 2, title: 'Status Budget 2027', caseNumber: '00.30.04-Ø00-21-26', decision: 'Kommunaldirektøren præsenterede, hvilke tværgående forslag' },
    { number: 3, title: 'Orientering om introduktion af Mit Forventede Regnskab', caseNumber: '00.30.14-P00-1-25', decision: 'Økonomi & Indkøb præsenterede mulighederne' },
    { number: 4, title: 'Orientering om Budgetforslag 2026 6.1', caseNumber: '85.15.00-A00-1-24', decision: 'Leder af It & Digitalisering præsenterede plan' },
    { number: 5, title: 'Orientering om status for praktikker og løntilskud i kommunen', caseNumber: '15.20.00-A00-1-23', decision: 'Afdelingschef for Borger, Arbejdsmarked & Erhverv orienterede' },
    { number: 6, title: 'Orientering om ledelsesprogram i Albertslund Kommune', caseNumber: '00.01.00-A00-11-25', decision: 'Chefforum tog oplæg om ledelsesprogrammet til efterretning' },
    { number: 7, title: 'Temadrøftelse om beredskab', caseNumber: '14.00.08-A00-2-25', decision: 'Sekretariat for Politik, Jura, Kommunikation og Udvikling orienterede' },
    { number: 8, title: 'Temaer til kommende møder og eventuelt', caseNumber: '00.01.00-A00-3-26', decision: 'Punktet blev drøftet, og Chefforum besluttede' },
  ],
};

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'referent-seeds-'));
  temps.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of await listFiles(dir)) out[file] = createHash('sha256').update(await readFile(join(dir, file))).digest('hex');
  return out;
}

function item(meeting: Meeting, number: number): AgendaItem {
  const found = meeting.items.find((_, index) => itemNumber(meeting, index) === number);
  if (!found) throw new Error(`${meeting.id}: intet punkt ${number}`);
  return found;
}

function nodesOfType(node: RichNode, type: string): RichNode[] {
  return [...(node.type === type ? [node] : []), ...(node.content ?? []).flatMap((c) => nodesOfType(c, type))];
}

describe('seeds/', () => {
  it('is exactly what `npm run seeds` generates', async () => {
    const out = await tempDir();
    execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/seeds/build-seeds.ts'), out], { cwd: repoRoot, stdio: 'pipe' });
    const files = await listFiles(SEEDS);
    expect(await listFiles(out)).toEqual(files);
    expect(files).toEqual([
      'meetings/albertslund-chefforum-2026-01-28.json',
      'meetings/haderslev-obu-2026-02-03.json',
      'meetings/kalundborg-direktionen-2026-03-16.json',
      'referent.json',
    ]);
    for (const file of files) {
      const committed = await readFile(join(SEEDS, file));
      expect((await readFile(join(out, file))).equals(committed), file).toBe(true);
      const text = committed.toString('utf8');
      expect(text, file).toBe(JSON.stringify(JSON.parse(text), null, 1) + '\n');
    }
  });

  it('loads read-only as 3 committees and 3 meetings', async () => {
    const store = await Store.open(SEEDS, { readOnly: true });
    expect(store.committees().map((c) => c.id)).toEqual(['haderslev-obu', 'albertslund-chefforum', 'kalundborg-direktionen']);
    expect(store.meetings().map((m) => m.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(Object.entries(EXPECTED))('%s', (meetingId, expected) => {
    it('has every item of the protocol with its title, case number and decision', async () => {
      const store = await Store.open(SEEDS, { readOnly: true });
      const meeting = store.meeting(meetingId)!;
      expect(meeting).toBeDefined();
      expect(meeting.items).toHaveLength(expected.length);
      meeting.items.forEach((agendaItem, index) => {
        const want = expected[index]!;
        expect(itemNumber(meeting, index)).toBe(want.number);
        expect(agendaItem.id).toBe(`${meetingId}-p${want.number}`);
        expect(agendaItem.title).toBe(want.title);
        expect(agendaItem.caseNumber).toBe(want.caseNumber);
        expect(agendaItem.closed).toBe(want.closed ?? false);
        const decision = docToPlainText(decisionSection(agendaItem)?.body);
        if (want.decision) expect(decision.startsWith(want.decision), `${agendaItem.id}: ${decision}`).toBe(true);
        else expect(decision).toBe('');
        agendaItem.sections.forEach((s, k) => expect(s.id).toBe(`${agendaItem.id}-s${k + 1}`));
        if (agendaItem.closed) expect(agendaItem.sections.every((s) => docToPlainText(s.body) === '')).toBe(true);
      });
    });

    it('has every member present, ids derived from names', async () => {
      const store = await Store.open(SEEDS, { readOnly: true });
      const meeting = store.meeting(meetingId)!;
      const committee = store.committee(meeting.committeeId)!;
      expect(meeting.participants.map((p) => p.memberId)).toEqual(committee.members.map((m) => m.id));
      expect(meeting.participants.every((p) => p.attendance === 'til_stede')).toBe(true);
      for (const member of committee.members) expect(member.id).toMatch(new RegExp(`^${committee.id}-[a-z0-9-]+$`));
      expect(committee.members[0]!.role).toBe('formand');
    });
  });

  it('keeps the bodies, statuses and structures of the protocols', async () => {
    const store = await Store.open(SEEDS, { readOnly: true });
    const haderslev = store.meeting('haderslev-obu-2026-02-03')!;
    const kalundborg = store.meeting('kalundborg-direktionen-2026-03-16')!;
    const albertslund = store.meeting('albertslund-chefforum-2026-01-28')!;

    expect(store.committee('haderslev-obu')!.template.decisionHeading).toBe('medUdvalgOgDato');
    expect(store.committee('haderslev-obu')!.members.map((m) => m.role)).toEqual(['formand', 'naestformand', 'medlem', 'medlem', 'medlem']);
    expect(store.committee('albertslund-chefforum')!.members[0]).toMatchObject({ name: 'Henrik Harder', label: 'Kommunaldirektør' });

    expect(haderslev.status).toBe('godkendt');
    expect(haderslev.firstItemNumber).toBe(10);
    expect(haderslev.approvals.map((a) => a.memberId)).toEqual(haderslev.participants.map((p) => p.memberId));
    for (const a of haderslev.approvals) {
      expect(a.approvedAt >= '2026-02-03T14:40:00.000Z' && a.approvedAt <= '2026-02-03T15:10:00.000Z', a.approvedAt).toBe(true);
    }
    expect(kalundborg.status).toBe('afholdt');
    expect(albertslund.status).toBe('afholdt');
    expect(kalundborg.approvals).toEqual([]);
    expect(albertslund.approvals).toEqual([]);

    expect(item(haderslev, 16).sections.map((s) => s.title)).toEqual(['Sagsresume', 'Procedure']);
    const h12 = item(haderslev, 12).sections.find((s) => s.title === 'Sagsfremstilling')!;
    expect(nodesOfType(h12.body, 'heading').map((h) => docToPlainText(h))).toEqual(['Økonomiske forhold']);
    expect(nodesOfType(h12.body, 'orderedList')).toHaveLength(1);
    expect(item(haderslev, 13).attachments).toHaveLength(7);

    expect(item(kalundborg, 4).sections.map((s) => s.title)).toEqual([
      'Beslutning',
      'Sagsfremstilling',
      'Indstillinger',
      'Behandling',
      'Sagsfremstilling',
      'Økonomiske konsekvenser',
    ]);
    const links = nodesOfType(item(kalundborg, 4).sections[4]!.body, 'text').filter((t) => t.marks?.some((m) => m.type === 'link'));
    expect(links.map((t) => t.text)).toEqual(['https://www.kl.dk/oekonomi-og-administration/oekonomi-og-styring/oekonomiaftaler']);

    expect(item(albertslund, 8).sections.map((s) => s.title)).toEqual(['Sagsfremstilling', 'Indstilling', 'Beslutning']);
    expect(item(albertslund, 7).sections.map((s) => s.title)).toContain('Historik');
    const a4 = item(albertslund, 4).sections.find((s) => s.title === 'Sagsfremstilling')!;
    expect(nodesOfType(a4.body, 'heading').map((h) => docToPlainText(h))).toEqual([
      'Baggrund',
      'Valg af leverandør',
      'Todelt analyse',
      'Tidsplan',
      'Styregruppen - behov og formål',
      'Forventede gevinster',
    ]);
    expect(docToPlainText(a4.body)).toContain('men stadig falder under it- og teknologiske investeringer og regler:');
    const [praktik] = nodesOfType(item(albertslund, 5).sections.find((s) => s.title === 'Sagsfremstilling')!.body, 'table');
    expect(praktik!.content).toHaveLength(9);
    const total = praktik!.content!.at(-1)!;
    expect(total.content!.map((c) => docToPlainText(c))).toEqual(['Total', '60', '15', '487', '37']);
    expect(nodesOfType(total, 'text').every((t) => t.marks?.some((m) => m.type === 'bold'))).toBe(true);
    const [programme] = nodesOfType(item(albertslund, 6).sections.find((s) => s.title === 'Sagsfremstilling')!.body, 'table');
    expect(nodesOfType(programme!, 'tableHeader').map((h) => docToPlainText(h))).toEqual(['21. maj - Dag 1', '22. maj - Dag 2']);
    expect(nodesOfType(programme!, 'bulletList')).toHaveLength(1);
    expect(nodesOfType(programme!, 'orderedList')).toHaveLength(1);
    expect(item(albertslund, 7).attachments.map((a) => a.name)).toEqual([
      'Præsentation beredskab',
      'Dagsordenspunkt ØUKB',
      '§17.4 Digitalisering og Beredskab - kommissorium',
      'Kommissorium - beredskabsstyregruppe',
    ]);
  });

  it('is copied into an empty data directory and never written to', async () => {
    const before = await hashes(SEEDS);
    const dir = await tempDir();
    const store = await Store.open(dir, { seedsDir: SEEDS });
    expect(store.committees()).toHaveLength(3);
    expect(store.meetings()).toHaveLength(3);
    await store.close();
    // The data directory also holds the store's own files (backups, the index, the lock, the audit log recording
    // which meetings exist, and the root file's note of that log's head); the meeting files are the seeds, byte for byte.
    const own = /^(backups\/|index\.jsonl$|referent\.lock|audit\.jsonl$|referent\.json$)/;
    const dataFiles = async () => Object.fromEntries(Object.entries(await hashes(dir)).filter(([f]) => !own.test(f)));
    const seedMeetings = Object.fromEntries(Object.entries(before).filter(([f]) => !own.test(f)));
    expect(Object.keys(seedMeetings)).toHaveLength(3);
    expect(await hashes(SEEDS)).toEqual(before);
    expect(await dataFiles()).toEqual(seedMeetings);
    const root = JSON.parse(await readFile(join(dir, 'referent.json'), 'utf8')) as Record<string, unknown>;
    const seedRoot = JSON.parse(await readFile(join(SEEDS, 'referent.json'), 'utf8')) as Record<string, unknown>;
    expect({ ...root, auditHead: null }).toEqual(seedRoot);
    expect(root.auditHead).toMatchObject({ seq: 1 });
    const [registered] = (await readFile(join(dir, 'audit.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { action: string; details: { meetings: string[] } });
    expect(registered).toMatchObject({ action: 'moeder_registreret', details: { reason: 'eksempler' } });
    expect(registered!.details.meetings).toHaveLength(3);
    // A second start leaves both alone.
    const after = await hashes(dir);
    await (await Store.open(dir, { seedsDir: SEEDS })).close();
    expect(await hashes(SEEDS)).toEqual(before);
    expect(await dataFiles()).toEqual(seedMeetings);
    expect((await hashes(dir))['referent.json']).toBe(after['referent.json']);
  });
});

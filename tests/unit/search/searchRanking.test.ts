import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type ReferentApp } from '../../../electron/core/openApp.ts';
import type { SearchHit } from '../../../shared/api/contract.ts';
import { tempDir } from '../helpers/tempDir.ts';

/**
 * What a secretary gets from the search on the three real protocols in seeds/,
 * captured from the MiniSearch version that ran in the main process before the
 * index moved out of it (issue 13): any new index must answer as well.
 */
const HADERSLEV = 'haderslev-obu-2026-02-03';
const KALUNDBORG = 'kalundborg-direktionen-2026-03-16';
const ALBERTSLUND = 'albertslund-chefforum-2026-01-28';

let app: ReferentApp;
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  await cp(join(process.cwd(), 'seeds'), dir, { recursive: true });
  app = await openApp(dir);
});

afterAll(async () => {
  await app.close();
});

const search = (text: string, limit?: number) => app.service['search.query']({ text, limit });
const where = (hit: SearchHit | undefined) => (hit ? `${hit.meetingId} ${hit.itemLabel}` : 'nothing');

describe('search ranking on the seeds', () => {
  it('puts the item whose title has the words first', async () => {
    expect(where((await search('kommissorier budget'))[0])).toBe(`${HADERSLEV} 13`);
    expect(where((await search('budgetanalyser'))[0])).toBe(`${HADERSLEV} 13`);
    expect(where((await search('tværkommunalt samarbejde'))[0])).toBe(`${HADERSLEV} 12`);
    const plan = await search('beredskabsplanlægning');
    // The title first, then the item that only mentions it in its text.
    expect(plan.map(where)).toEqual([`${HADERSLEV} 14`, `${ALBERTSLUND} 7`]);
    const agenda = await search('godkendelse af dagsorden');
    expect(agenda.slice(0, 2).map((h) => h.title).sort()).toEqual(['Godkendelse af dagsorden', 'Godkendelse af dagsorden og referat']);
  });

  it('ranks title hits above text hits for a word in both', async () => {
    const hits = await search('drøftelse');
    expect(hits.slice(0, 2).map((h) => h.title).sort()).toEqual(['Drøftelse af materiale til planseminar 2026', 'Drøftelse af sager på vej til udvalgsbehandling']);
    expect(hits.length).toBeGreaterThan(4);
  });

  it('finds case numbers in every scheme, whole or as typed', async () => {
    expect((await search('26/777'))[0]?.title).toBe('Etablering af tværkommunalt IT-samarbejde');
    expect((await search('26/13'))[0]?.caseNumber).toBe('26/1312');
    expect((await search('85.15.00-A00-1-24'))[0]?.title).toBe('Orientering om Budgetforslag 2026 6.1');
    expect((await search('85.15'))[0]?.caseNumber).toBe('85.15.00-A00-1-24');
    expect((await search('26-002507'))[0]?.meetingId).toBe(KALUNDBORG);
  });

  it('finds words that are only in a section text, with the word in the snippet', async () => {
    const hits = await search('transitionsorganisation');
    expect(hits.map(where)).toEqual([`${KALUNDBORG} 4`]);
    expect(hits[0]!.snippet.toLowerCase()).toContain('transitionsorganisation');
    const cyber = await search('cybersikkerhed');
    expect(cyber.length).toBe(4);
    for (const hit of cyber) expect(hit.snippet.toLowerCase()).toContain('cybersikkerhed');
  });

  it('treats æ, ø and å as letters of their own, in any case', async () => {
    expect(where((await search('løntilskud'))[0])).toBe(`${ALBERTSLUND} 5`);
    expect(where((await search('løntilsk'))[0])).toBe(`${ALBERTSLUND} 5`);
    const upper = await search('Økonomiudvalget');
    expect(upper.map(where).sort()).toEqual([`${HADERSLEV} 13`, `${KALUNDBORG} 4`]);
    expect((await search('økonomiudvalget')).map(where).sort()).toEqual(upper.map(where).sort());
    expect((await search('ØA26')).map((h) => h.meetingId).sort()).toEqual([HADERSLEV, KALUNDBORG]);
    expect(where((await search('ældre'))[0])).toBe(`${ALBERTSLUND} 5`);
  });

  it('forgives one typo in a word of five letters or more, and not in shorter ones', async () => {
    expect(where((await search('budgetanalyzer'))[0])).toBe(`${HADERSLEV} 13`);
    expect(where((await search('kommisorier'))[0])).toBe(`${HADERSLEV} 13`);
    expect(where((await search('digitalisring'))[0])).toBe(`${HADERSLEV} 11`);
    expect((await search('drøftelsr')).length).toBeGreaterThan(4);
    expect(await search('øa27')).toEqual([]);
  });

  it('answers every prefix as it is typed, with the wanted item on top once the word is clear', async () => {
    for (let n = 1; n <= 'kommissorier'.length; n += 1) {
      const hits = await search('kommissorier'.slice(0, n));
      expect(hits.length, `"${'kommissorier'.slice(0, n)}"`).toBeGreaterThan(0);
      if (n >= 4) expect(where(hits[0]), `"${'kommissorier'.slice(0, n)}"`).toBe(`${HADERSLEV} 13`);
    }
    expect((await search('beredsk')).length).toBeGreaterThan(2);
    expect(where((await search('tværkommunalt sam'))[0])).toBe(`${HADERSLEV} 12`);
  });

  it('needs every word: a word found nowhere in the item leaves it out', async () => {
    expect((await search('kommissorier beredskab')).map(where)).toEqual([`${HADERSLEV} 13`]);
    expect(await search('kommissorier transitionsorganisation')).toEqual([]);
  });

  it('gives the hit its meeting, committee, label and case number, and honours the limit', async () => {
    const [hit] = await search('budgetanalyser');
    expect(hit).toMatchObject({
      meetingId: HADERSLEV,
      committeeId: 'haderslev-obu',
      committeeName: 'Organisations- og Beredskabsudvalget',
      date: '2026-02-03',
      itemId: 'haderslev-obu-2026-02-03-p13',
      itemLabel: '13',
      title: 'Kommissorier til budgetanalyser',
      caseNumber: '25/30730',
    });
    expect(hit!.score).toBeGreaterThan(0);
    expect((await search('k', 3)).length).toBe(3);
    expect(await search('   ')).toEqual([]);
  });
});

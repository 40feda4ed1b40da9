import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fidelityTable } from './printedOutline.ts';
import { COMBOS, exportedDocuments, importTarget, publishedParts, ROUND_TRIP_INPUTS, roundTrip, type RoundTripResult } from './roundTrip.ts';

describe('round trip: every seed meeting exported as DOCX in every variant and imported again', () => {
  const results: RoundTripResult[] = [];
  let dispose: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    const target = await importTarget();
    dispose = target.dispose;
    for (const doc of await exportedDocuments()) results.push(await roundTrip(target.app, doc, doc.docx, 'docx'));
    console.log(`\nImport af DOCX eksporteret af Referent\n${fidelityTable(results.map((r) => ({ name: r.name, fidelity: r.fidelity })))}\n`);
  }, 300_000);
  afterAll(() => dispose());

  it('recovers items, numbers, titles, case numbers, section headings in order, decisions, bilag, Sagsgang and the front page exactly', () => {
    expect(results).toHaveLength(ROUND_TRIP_INPUTS * COMBOS.length);
    for (const r of results) expect(r.fidelity.mismatches, r.name).toEqual([]);
  });

  it('recovers the rich text: lists with their nesting and start numbers, sub-headings, tables, bold and italic', () => {
    for (const r of results) expect(r.fidelity.shapeMismatches, r.name).toEqual([]);
  });

  it('reads back what publishing prints: votes, closed reasons, the Sagsgang’s own rows and place, Punkt N: in the TOC, the Underskriftsside’s heading', () => {
    const parts = publishedParts(results);
    expect(parts.fixtureVote).toEqual({ by: 'parti', for: { who: ['A', 'V'], count: 7 }, imod: { who: ['Ø'], count: 2 }, undlod: { who: ['C'], count: 1 } });
    expect(parts.fixtureReason).toEqual({ ground: 'personalesag', text: '' });
    expect(parts.memberVote).toEqual({ by: 'medlem', for: ['Holger Mikkelsen', 'Carsten Dyhre Hansen', 'Svend Brandt'], imod: ['Jørgen Smed'], undlod: ['Finn Lykkeskov'] });
    expect(parts.ownReason).toEqual({ ground: 'andet', text: 'Forhandling med en privat køber' });
    const steps = ['Høring', 'Indstilling', 'Beslutning', 'Opfølgning'];
    expect(parts.templates).toEqual([
      { placement: 'foerst', steps, toc: true },
      { placement: 'sidst', steps, toc: true },
    ]);
    expect(parts.tocUncertain).toEqual([]);
    expect(parts.leftovers).toEqual([]);
  });

  it('recovers at least 99% of the printed words', () => {
    for (const r of results) expect(r.fidelity.words, r.name).toBeGreaterThanOrEqual(0.99);
  });

  it('marks every imported referat historic, with no approvals, and keeps every dagsorden editable', () => {
    for (const r of results) {
      const referat = r.name.includes('/referat-');
      expect(r.meeting.approvals, r.name).toEqual([]);
      expect(r.meeting.historic !== null, r.name).toBe(referat);
      expect(r.meeting.imported).toMatchObject({ sha256: r.analysis.sha256, documentKind: referat ? 'referat' : 'dagsorden', format: 'docx' });
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToPdfFiles } from './docxToPdfFiles.ts';
import { fidelityTable } from './printedOutline.ts';
import { COMBOS, exportedDocuments, importTarget, publishedParts, ROUND_TRIP_INPUTS, roundTrip, type RoundTripResult } from './roundTrip.ts';

/**
 * The same documents as PDF twice: tagged, as Referent exports them (its
 * structure tree says which lines make a paragraph and which heading level a
 * heading has), and plain, as many councils' PDFs are, read from the page's
 * geometry alone.
 */
for (const tagged of [true, false]) {
  const look = tagged ? 'tagged (as Referent exports it)' : 'untagged (geometry only)';
  describe(`round trip: every seed meeting exported as PDF (LibreOffice), ${look}, in every variant and imported again`, () => {
    const results: RoundTripResult[] = [];
    let dispose: () => Promise<void> = async () => undefined;

    beforeAll(async () => {
      const docs = await exportedDocuments();
      const pdfs = docxToPdfFiles(Object.fromEntries(docs.map((d) => [d.name.replace('/', '-'), d.docx])), { tagged });
      const target = await importTarget();
      dispose = target.dispose;
      for (const doc of docs) results.push(await roundTrip(target.app, doc, pdfs[doc.name.replace('/', '-')]!, 'pdf'));
      console.log(`\nImport af PDF eksporteret af Referent (LibreOffice, ${tagged ? 'tagget' : 'uden tags'})\n${fidelityTable(results.map((r) => ({ name: r.name, fidelity: r.fidelity })))}\n`);
    }, 900_000);
    afterAll(() => dispose());

    it('recovers items, numbers, titles, case numbers, section headings in order, decisions, votes, reasons, bilag, Sagsgang and the front page exactly', () => {
      expect(results).toHaveLength(ROUND_TRIP_INPUTS * COMBOS.length);
      for (const r of results) expect(r.fidelity.mismatches, r.name).toEqual([]);
    });

    if (tagged) {
      // Untagged, a sub-heading of level 3 in italics prints exactly as one of level 4, and a cell's paragraphs as lines of one: there the shape is printed, not required.
      it('recovers the rich text from the tags: paragraphs in table cells, sub-heading levels, lists, tables, bold and italic', () => {
        for (const r of results) expect(r.fidelity.shapeMismatches, r.name).toEqual([]);
      });
    }

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

    it('drops the running header, the page numbers, the TOC and the signature table, and reads the approval dates', () => {
      for (const r of results) {
        // The footer `Side 3 af 14` and the running header are gone from the text the review shows, not only from the items.
        expect(r.analysis.plainText, r.name).not.toMatch(/Side \d+ af \d+/);
        expect(r.analysis.plainText.split('\n').filter((l) => /\t(Referat|Dagsorden) \d\d-\d\d-\d{4}$/.test(l)), r.name).toEqual([]);
        expect(JSON.stringify(r.meeting.items), r.name).not.toMatch(/Indholdsfortegnelse|\.{5}|Fingeraftryk|Udvalgsmedlem|Ikke godkendt/);
      }
      const haderslev = results.find((r) => r.name === 'haderslev-obu-2026-02-03/referat-fuld')!;
      expect(haderslev.meeting.historic).toEqual({ approvedOn: '2026-02-03' });
      expect(haderslev.meeting.imported?.format).toBe('pdf');
    });
  });
}

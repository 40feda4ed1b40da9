import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReferatDocx } from '../../../electron/core/export/buildReferatDocx.ts';
import { openApp, type ReferentApp } from '../../../electron/core/openApp.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { ImportAnalysis } from '../../../shared/import/importAnalysis.ts';
import { fixtureCommittee, fixtureMeeting, GENERATED_AT } from '../../fixtures/export/referatFixture.ts';
import { publishingCommittee, publishingMeeting } from '../../fixtures/export/publishingFixture.ts';
import { COMBOS, comboName, seedInputs, type Combo, type Input } from '../export/seedInputs.ts';
import { compareOutlines, printedOutline, type Fidelity } from './printedOutline.ts';

export type RoundTripDocument = { name: string; input: Input; combo: Combo; docx: Buffer };

/**
 * Every seed meeting, the export fixture (Sagsgang, absences, remarks,
 * postponements, a vote, a closed reason) and the publishing fixture with its
 * Sagsgang first and last (the body's own rows, votes by member and by party,
 * reasons, `Punkt N:` in the TOC, the Underskriftsside's approval heading), in
 * the four variants.
 */
export const ROUND_TRIP_INPUTS = 6;
export async function exportedDocuments(): Promise<RoundTripDocument[]> {
  const inputs: Record<string, Input> = {
    ...seedInputs(),
    fixture: { committee: fixtureCommittee('medUdvalgOgDato'), meeting: fixtureMeeting() },
    'publicering-foerst': { committee: publishingCommittee('foerst'), meeting: publishingMeeting('foerst') },
    'publicering-sidst': { committee: publishingCommittee('sidst'), meeting: publishingMeeting('sidst') },
  };
  const out: RoundTripDocument[] = [];
  for (const [name, input] of Object.entries(inputs)) {
    for (const combo of COMBOS) {
      out.push({ name: `${name.replace(/^seed-/, '')}/${comboName(combo)}`, input, combo, docx: await buildReferatDocx({ ...input, ...combo, generatedAt: GENERATED_AT }) });
    }
  }
  return out;
}

export type RoundTripResult = { name: string; analysis: ImportAnalysis; meeting: Meeting; committee: Committee; fidelity: Fidelity };

/** A temporary data directory with the service on it, for importing into. */
export async function importTarget(): Promise<{ app: ReferentApp; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'referent-import-'));
  const app = await openApp(dir, { now: () => new Date('2026-03-01T10:00:00.000Z') });
  return {
    app,
    async dispose() {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Imports one exported file through the service (analyse, then commit into a committee made from it) and compares it with the meeting it came from. */
export async function roundTrip(app: ReferentApp, doc: RoundTripDocument, file: Buffer, extension: 'docx' | 'pdf'): Promise<RoundTripResult> {
  const fileName = `${doc.name.replace(/\//g, '-')}.${extension}`;
  const base64 = file.toString('base64');
  const analysis = await app.service['import.analyse']({ fileName, base64 });
  const { meeting, committee } = await app.service['import.commit']({
    fileName,
    base64,
    meeting: analysis.meeting,
    committee: { kind: 'ny', name: analysis.proposedCommittee.name || 'Ukendt udvalg', template: analysis.proposedCommittee.template },
  });
  const original = printedOutline(doc.input.committee, doc.input.meeting, doc.combo.variant, doc.combo.audience);
  const imported = printedOutline(committee, meeting, doc.combo.variant, doc.combo.audience);
  return { name: doc.name, analysis, meeting, committee, fidelity: compareOutlines(original, imported) };
}

export { COMBOS };

/**
 * What publishing added, read back as data rather than as printed text: the
 * vote and the closed reason on the item, the template's Sagsgang rows and
 * placement and its `Punkt N:` TOC, and nothing of the Underskriftsside's
 * approval heading or the TOC left in the items.
 */
export function publishedParts(results: RoundTripResult[]) {
  const find = (name: string) => results.find((r) => r.name === name)!;
  const fixture = find('fixture/referat-fuld');
  const foerst = find('publicering-foerst/referat-fuld');
  const sidst = find('publicering-sidst/referat-fuld');
  const memberNames = (r: RoundTripResult, ids: string[]) => ids.map((id) => r.committee.members.find((m) => m.id === id)?.name ?? `?${id}`);
  const haveaffald = sidst.meeting.items[1]!;
  return {
    fixtureVote: fixture.meeting.items[2]!.vote,
    fixtureReason: fixture.meeting.items[3]!.closedReason,
    memberVote: haveaffald.vote && { by: haveaffald.vote.by, for: memberNames(sidst, haveaffald.vote.for.who), imod: memberNames(sidst, haveaffald.vote.imod.who), undlod: memberNames(sidst, haveaffald.vote.undlod.who) },
    ownReason: sidst.meeting.items[2]!.closedReason,
    templates: [foerst, sidst].map((r) => ({ placement: r.committee.template.caseFlowPlacement, steps: r.committee.template.caseFlowSteps, toc: r.committee.template.tocItemNumbers })),
    tocUncertain: results.flatMap((r) => r.analysis.uncertainties.filter((u) => /Indholdsfortegnelsen/.test(u.message)).map((u) => `${r.name}: ${u.message}`)),
    leftovers: results.filter((r) => /Godkendelse af beslutningsprotokollen|Indholdsfortegnelse/.test(JSON.stringify(r.meeting.items))).map((r) => r.name),
  };
}

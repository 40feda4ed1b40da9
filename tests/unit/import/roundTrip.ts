import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReferatDocx } from '../../../electron/core/export/buildReferatDocx.ts';
import { openApp, type ReferentApp } from '../../../electron/core/openApp.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { ImportAnalysis } from '../../../shared/import/importAnalysis.ts';
import { fixtureCommittee, fixtureMeeting, GENERATED_AT } from '../../fixtures/export/referatFixture.ts';
import { COMBOS, comboName, seedInputs, type Combo, type Input } from '../export/seedInputs.ts';
import { compareOutlines, printedOutline, type Fidelity } from './printedOutline.ts';

export type RoundTripDocument = { name: string; input: Input; combo: Combo; docx: Buffer };

/** Every seed meeting and the export fixture (Sagsgang, absences, remarks, postponements), in the four variants. */
export async function exportedDocuments(): Promise<RoundTripDocument[]> {
  const inputs: Record<string, Input> = { ...seedInputs(), fixture: { committee: fixtureCommittee('medUdvalgOgDato'), meeting: fixtureMeeting() } };
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

import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { importText } from '../../../shared/i18n/import.da.ts';
import type { ImportedMeeting } from '../../../shared/import/importedMeeting.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { tempDir } from '../helpers/tempDir.ts';

const BAD = join(import.meta.dirname, '../../fixtures/import/bad');
const f = importText.failures;

/** A structure a (tampered) client might send along with the bad file. */
const structure: ImportedMeeting = {
  documentKind: 'referat',
  bodyName: 'Økonomiudvalget',
  date: '2026-02-03',
  time: '14:00',
  location: '',
  participants: [],
  approvedOn: null,
  decisionHeading: 'kort',
  caseFlowPlacement: null,
  tocItemNumbers: false,
  items: [
    {
      number: '1',
      title: 'Godkendelse af dagsorden',
      caseNumber: '',
      closed: false,
      subItem: false,
      sections: [{ heading: 'Beslutning', title: 'Beslutning', kind: 'beslutning', body: docFromParagraphs('Godkendt'), uncertain: [] }],
      attachments: [],
      caseFlow: null,
      absences: [],
      remarks: [],
      postponedFrom: null,
      postponedTo: null,
      vote: null,
      closedReason: null,
      uncertain: [],
    },
  ],
  uncertain: [],
};

const CASES: [file: string, message: string][] = [
  ['beskadiget.docx', f.beskadiget],
  ['beskadiget.pdf', f.beskadiget],
  ['krypteret.docx', f.krypteret],
  ['krypteret.pdf', f.krypteret],
  ['scannet.pdf', f.scannet],
  ['gammel.doc', f.gammelWord],
  ['billede.png', f.ukendtFormat],
  ['regneark.xlsx', f.ukendtFormat],
  ['brev.docx', f.ikkeEtMoede],
];

describe('bad input: a corrupt, encrypted, scanned or unrelated file gets a clear Danish message and imports nothing', () => {
  it.each(CASES)('%s', async (file, message) => {
    const dir = await tempDir();
    const app = await openApp(dir);
    const base64 = readFileSync(join(BAD, file)).toString('base64');
    await expect(app.service['import.analyse']({ fileName: file, base64 })).rejects.toThrow(message);
    if (file !== 'brev.docx') {
      // A client that sends a structure anyway gets the same answer: the file itself must be readable.
      await expect(app.service['import.commit']({ fileName: file, base64, meeting: structure, committee: { kind: 'ny', name: 'Økonomiudvalget' } })).rejects.toThrow(message);
    }
    await app.close();
    expect(app.store.meetings()).toEqual([]);
    expect(app.store.committees()).toEqual([]);
    expect(existsSync(join(dir, 'bilag')) ? await readdir(join(dir, 'bilag')) : []).toEqual([]);
  });

  it('an empty file, or one byte, is refused before any reader sees it', async () => {
    const app = await openApp(await tempDir());
    await expect(app.service['import.analyse']({ fileName: 'tom.docx', base64: '====' })).rejects.toThrow(f.tom);
    await expect(app.service['import.analyse']({ fileName: 'nul.pdf', base64: 'AA==' })).rejects.toThrow(f.ukendtFormat);
    await app.close();
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildReferatDocx } from '../../../electron/core/export/buildReferatDocx.ts';
import { buildReferatDocxInWorker, closeExportWorker } from '../../../electron/core/export/exportInWorker.ts';
import { openApp } from '../../../electron/core/openApp.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { fixtureCommittee, fixtureMeeting, GENERATED_AT } from '../../fixtures/export/referatFixture.ts';
import { largeMeeting } from '../../fixtures/export/largeMeeting.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { zipEntries } from './zipEntries.ts';

/** The body as written, but for the ids docx counts across documents (bookmarks) or draws at random (hyperlink relationships). */
const documentXml = (buffer: Buffer): string =>
  zipEntries(buffer)
    .get('word/document.xml')!
    .replace(/\b(w:id|id)="\d+"/g, '$1=""')
    .replace(/r:id="[^"]*"/g, 'r:id=""');

/** The longest the event loop went without running a timer while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

describe('export in a worker thread', () => {
  afterAll(() => closeExportWorker());

  it('builds the same document as on this thread, for every variant', async () => {
    const input = { committee: fixtureCommittee(), meeting: fixtureMeeting(), generatedAt: GENERATED_AT };
    for (const variant of ['referat', 'dagsorden'] as const) {
      for (const audience of ['fuld', 'offentlig'] as const) {
        const [inWorker, here] = await Promise.all([buildReferatDocxInWorker({ ...input, variant, audience }), buildReferatDocx({ ...input, variant, audience })]);
        expect(documentXml(inWorker)).toBe(documentXml(here));
      }
    }
  }, 60_000);

  it('keeps this thread responsive while a 100-item protocol is built', async () => {
    const input = { committee: fixtureCommittee(), meeting: largeMeeting(100), generatedAt: GENERATED_AT };
    await buildReferatDocxInWorker({ ...input, meeting: fixtureMeeting() }); // a warm worker
    const t0 = performance.now();
    const stall = await longestStall(() => buildReferatDocxInWorker(input));
    const took = performance.now() - t0;
    // Built on this thread, the loop would stand still for the whole export.
    expect(took).toBeGreaterThan(500);
    expect(stall).toBeLessThan(took / 4);
  }, 120_000);

  it('builds on this thread when the worker cannot start, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const input = { committee: fixtureCommittee(), meeting: fixtureMeeting(), generatedAt: GENERATED_AT };
      const bytes = await buildReferatDocxInWorker(input, { entry: () => join(tmpdir(), 'findes-ikke', 'exportWorker.cjs') });
      expect(documentXml(bytes)).toBe(documentXml(await buildReferatDocx(input)));
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('Eksporten kører i hovedtråden'));
    } finally {
      warn.mockRestore();
    }
  }, 60_000);

  it('reports an error from the build itself instead of hiding it', async () => {
    const broken = { committee: fixtureCommittee(), meeting: { ...fixtureMeeting(), items: null as never } };
    await expect(buildReferatDocxInWorker(broken)).rejects.toThrow();
    // ...and the worker keeps serving.
    expect((await buildReferatDocxInWorker({ committee: fixtureCommittee(), meeting: fixtureMeeting() })).length).toBeGreaterThan(1000);
  }, 60_000);

  it('runs from its own CommonJS bundle, as in the Electron build', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'referent-worker-bundle-'));
    try {
      const outfile = join(dir, 'exportWorker.cjs');
      await build({ entryPoints: ['electron/core/export/exportWorker.ts'], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'silent' });
      // A worker that started answers through postMessage; one that did not would have left the job to this thread.
      const input = { committee: fixtureCommittee(), meeting: fixtureMeeting(), generatedAt: GENERATED_AT, variant: 'dagsorden' as const };
      const { Worker } = await import('node:worker_threads');
      const worker = new Worker(outfile);
      const reply = await new Promise<{ ok: boolean; bytes: Uint8Array }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ id: 1, input });
      });
      await worker.terminate();
      expect(reply.ok).toBe(true);
      expect(documentXml(Buffer.from(reply.bytes))).toBe(documentXml(await buildReferatDocx(input)));
      const bytes = await buildReferatDocxInWorker(input, { entry: () => outfile });
      expect(documentXml(bytes)).toBe(documentXml(await buildReferatDocx(input)));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('serves a DOCX download through export.file with the variant and audience asked for', async () => {
    const app = await openApp(await tempDir());
    try {
      const committee = await createCommittee(app.service);
      let m = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03', time: '14:30' });
      m = await app.service['items.add']({ meetingId: m.id, title: 'Godkendelse af dagsorden', caseNumber: '25/30730' });
      const item = m.items[0]!;
      await app.service['items.setSection']({ meetingId: m.id, itemId: item.id, sectionId: item.sections.find((s) => s.kind === 'beslutning')!.id, body: docFromParagraphs('Godkendt') });
      const file = await app.service['export.file']({ format: 'docx', meetingId: m.id, variant: 'dagsorden', audience: 'offentlig' });
      if (file.kind !== 'download') throw new Error(`expected a download, got ${file.kind}`);
      expect(file.fileName).toBe('Dagsorden Organisations- og Beredskabsudvalget 03-02-2026 (offentlig).docx');
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.base64, 'base64') });
      expect(value).toContain('DAGSORDEN Organisations- og Beredskabsudvalget d.\u00a003\u201102\u20112026');
      expect(value).not.toContain('Godkendt');
      const plain = await app.service['export.file']({ format: 'docx', meetingId: m.id });
      expect(plain.kind === 'download' && plain.fileName).toBe('Referat Organisations- og Beredskabsudvalget 03-02-2026.docx');
    } finally {
      await app.close();
    }
  }, 60_000);
});

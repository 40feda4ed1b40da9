/**
 * Sync figures for `npm run bench`: a machine joining a committee of 500
 * meetings, and one edit travelling from one machine to the other through a
 * CouchDB on loopback (the development server, express-pouchdb in memory).
 * `npm run bench -- sync` prints them alone.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openApp } from '../../../electron/core/openApp.ts';
import { MEETINGS_DIR } from '../../../electron/core/store/store.ts';
import { runSyncRound } from '../../../electron/core/sync/runSync.ts';
import { memoryCredentials } from '../../../electron/core/sync/syncController.ts';
import { SCHEMA_VERSION } from '../../../shared/domain/storeSchema.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { startCouchServer } from '../../../scripts/couch/couchServer.ts';
import type { Row } from '../report.ts';

const MEETINGS = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function committeeOf(count: number) {
  const dir = await mkdtemp(join(tmpdir(), 'referent-bench-sync-'));
  const app = await openApp(dir, { background: false });
  const committee = await app.service['committees.create']({ name: 'Børne- og Skoleudvalget', members: [{ name: 'Karen Holm', label: 'A', role: 'formand' }, { name: 'Ole Berg', label: 'V' }] });
  let full = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-01-05' });
  for (let k = 0; k < 8; k++) full = await app.service['items.add']({ meetingId: full.id, title: `Punkt ${k + 1}`, caseNumber: `26/${k}` });
  await app.close();
  await mkdir(join(dir, MEETINGS_DIR), { recursive: true });
  const body = docFromParagraphs(...Array.from({ length: 4 }, (_, p) => `Afsnit ${p + 1}: ` + 'Sagsfremstilling med en rimelig mængde tekst. '.repeat(10)));
  for (let i = 1; i < count; i++) {
    const id = `bench-${i}`;
    const meeting = { ...full, id, date: `20${10 + (i % 16)}-0${(i % 9) + 1}-${String((i % 28) + 1).padStart(2, '0')}`, items: full.items.map((item, k) => ({ ...item, id: `${id}-p${k}`, sections: item.sections.map((s) => ({ ...s, body })) })) };
    await writeFile(join(dir, MEETINGS_DIR, `${id}.json`), JSON.stringify({ schemaVersion: SCHEMA_VERSION, meeting }));
  }
  return { dir, committeeId: committee.id, meetingId: full.id };
}

export async function syncBenchRows(): Promise<Row[]> {
  const rows: Row[] = [];
  const couch = await startCouchServer(0);
  const { dir, committeeId, meetingId } = await committeeOf(MEETINGS);
  const bDir = await mkdtemp(join(tmpdir(), 'referent-bench-sync-b-'));
  try {
    const a = await openApp(dir, { background: false });
    let t0 = performance.now();
    await runSyncRound(a.store, { remote: couch.url, committees: [committeeId] });
    const shareMs = performance.now() - t0;
    await a.close();
    const b = await openApp(bDir, { background: false });
    t0 = performance.now();
    await runSyncRound(b.store, { remote: couch.url, committees: [committeeId] });
    const joinMs = performance.now() - t0;
    const joined = b.store.meetingIds().length;
    await b.close();
    rows.push({ what: `share a committee of ${MEETINGS} meetings (8 items each) to an empty server`, figure: `${(shareMs / 1000).toFixed(1)} s` });
    rows.push({ what: `join it on a new machine (${joined} meetings pulled, merged, stored)`, figure: `${(joinMs / 1000).toFixed(1)} s`, reference: `share: ${(shareMs / 1000).toFixed(1)} s` });

    // Both machines syncing continuously, as the app does: one edit at a time, from the save on A until B's store has it.
    const appA = await openApp(dir, { background: false, syncCredentials: memoryCredentials() });
    const appB = await openApp(bDir, { background: false, syncCredentials: memoryCredentials() });
    await appA.service['sync.configure']({ remote: couch.url, user: null, committees: [committeeId] });
    await appB.service['sync.configure']({ remote: couch.url, user: null, committees: [committeeId] });
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const location = `Mødelokale ${i}`;
      const start = performance.now();
      await appA.service['meetings.update']({ meetingId, location });
      while (appB.store.meeting(meetingId)?.location !== location && performance.now() - start < 20_000) await new Promise((r) => setTimeout(r, 10));
      times.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 300));
    }
    await appA.close();
    await appB.close();
    rows.push({
      what: "one edit from machine A's save to machine B's store, both syncing continuously (median of 7, loopback)",
      figure: `${(median(times) / 1000).toFixed(2)} s`,
      reference: `max ${(Math.max(...times) / 1000).toFixed(2)} s`,
      goal: '< 2 s',
      met: median(times) < 2000,
    });
  } finally {
    await couch.close();
    await rm(dir, { recursive: true, force: true });
    await rm(bDir, { recursive: true, force: true });
  }
  return rows;
}

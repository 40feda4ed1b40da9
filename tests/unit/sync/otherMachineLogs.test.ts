import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';
import { useTestCouch } from '../helpers/couchServer.ts';
import { machine } from './syncHelpers.ts';
import { databaseName } from '../../../electron/core/sync/remote.ts';
import { SyncFolder } from '../../../electron/core/sync/syncState.ts';
import { OtherMachineLogs, signedLogPayload } from '../../../electron/core/sync/otherMachineLogs.ts';
import { MemberIdentity } from '../../../electron/core/approval/memberIdentity.ts';
import { sha256Canonical } from '../../../electron/core/hash/sha256Canonical.ts';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GENESIS } from '../../../electron/core/audit/auditLog.ts';
import type { AuditEntry } from '../../../electron/core/audit/auditLog.ts';

const Http = PouchDB.plugin(httpAdapter);
const couch = useTestCouch();

type LogDoc = { _id: string; _rev?: string; type: 'log'; machineId: string; entry: AuditEntry };
const rehash = (entry: AuditEntry): AuditEntry => {
  const { hash: _old, ...body } = entry;
  return { ...body, hash: sha256Canonical(body) };
};

describe("sync: other machines' audit chains", () => {
  it('arrive signed and link by link; an edited or a slipped-in entry is refused and kept with its reason', async () => {
    const a = await machine(await tempDir(), couch.url);
    const b = await machine(await tempDir(), couch.url);
    try {
      const committee = await createCommittee(a.app.service);
      await a.sync([committee.id]);
      await b.sync([committee.id]);
      const meeting = await b.app.service['meetings.create']({ committeeId: committee.id, date: '2026-07-01' });
      await b.app.service['items.add']({ meetingId: meeting.id, title: 'Trafikplan' });
      await b.app.service['approvals.send']({ meetingId: meeting.id });
      await b.sync();
      expect((await a.sync()).committees[0]!.quarantined).toBe(0);

      const name = databaseName(committee.id);
      const bId = (await new SyncFolder(b.dir).config()).machineId;
      const arrived = await new OtherMachineLogs(new SyncFolder(a.dir).dbDir(name)).summary();
      expect(arrived).toEqual([{ machineId: bId, entries: expect.any(Number), lastAt: expect.any(String) }]);
      const sent = arrived[0]!.entries;
      expect(sent).toBeGreaterThanOrEqual(2);

      // Someone with write access to the server adds entries in B's name.
      const db = new Http(`${couch.url}/${name}`);
      const rows = (await db.allDocs({ include_docs: true, startkey: `l:${bId}:`, endkey: `l:${bId}:\ufff0` })).rows.map((r) => r.doc as unknown as LogDoc);
      const last = rows[rows.length - 1]!.entry;
      const id = (seq: number) => `l:${bId}:${String(seq).padStart(10, '0')}`;
      const next = rehash({ ...last, seq: last.seq + 1, prevHash: last.hash, action: 'godkendt', actor: committee.members[0]!.id, details: {} });
      await db.bulkDocs([
        // Edited after it was written: its hash no longer fits.
        { _id: id(last.seq + 1), type: 'log', machineId: bId, entry: { ...next, actor: 'nogen-andre' } },
        // Well formed on its own, but it does not follow the entry before it.
        { _id: id(last.seq + 2), type: 'log', machineId: bId, entry: rehash({ ...next, seq: last.seq + 2, prevHash: 'f'.repeat(64) }) },
      ] as never);
      // An entry B wrote cannot be replaced on the server: the shipped design document keeps log entries as written.
      const written = rows[rows.length - 1]!;
      const [replaced] = await db.bulkDocs([{ ...written, entry: rehash({ ...last, details: { forfalsket: true } }) }] as never);
      expect(replaced).toMatchObject({ error: 'forbidden' });
      const report = await a.sync();
      expect(report.committees[0]!.quarantined).toBe(2);

      const after = await new OtherMachineLogs(new SyncFolder(a.dir).dbDir(name)).summary();
      expect(after[0]!.entries).toBe(sent);
      const quarantine = await new SyncFolder(a.dir).quarantineReport();
      expect(quarantine.total).toBe(2);
      expect(quarantine.recent.map((q) => q.id).sort()).toEqual([id(last.seq + 1), id(last.seq + 2)]);
      // Both forged entries lack B's signature; the second would also not link to the entry before it.
      expect(quarantine.recent.every((q) => q.reason.includes('ikke underskrevet med den maskines nøgle'))).toBe(true);
    } finally {
      await a.app.close();
      await b.app.close();
    }
  }, 180_000);

  it('a second entry under a number already taken, or one signed by another key, is refused; a line torn by a crash costs only itself', async () => {
    const dir = await tempDir();
    const machineB = await MemberIdentity.load(await tempDir());
    const machineC = await MemberIdentity.load(await tempDir());
    const signed = (who: MemberIdentity, machineId: string, entry: AuditEntry) => [machineId, entry, who.publicKey, who.sign(signedLogPayload(machineId, entry))] as const;
    const logs = new OtherMachineLogs(dir);
    const first = rehash({ seq: 1, at: '2026-07-01T10:00:00.000Z', meetingId: null, action: 'udvalg_oprettet', actor: 'sekretaer', details: {}, prevHash: GENESIS, hash: '' });
    const second = rehash({ ...first, seq: 2, at: '2026-07-01T10:01:00.000Z', action: 'moede_oprettet', prevHash: first.hash });
    expect(await logs.accept(...signed(machineB, 'maskine-b', first))).toBeNull();
    expect(await logs.accept(...signed(machineB, 'maskine-b', first))).toBeNull();
    expect(await logs.accept(...signed(machineB, 'maskine-b', rehash({ ...first, details: { andet: true } })))).toBe('maskinen har allerede en anden post nr. 1 i sit revisionsspor');
    // Unsigned, or signed by another installation in B's name.
    expect(await logs.accept('maskine-b', second, undefined, undefined)).toMatch(/ikke underskrevet/);
    expect(await logs.accept('maskine-b', second, machineB.publicKey, machineC.sign(signedLogPayload('maskine-b', second)))).toMatch(/ikke underskrevet/);
    expect(await logs.accept(...signed(machineC, 'maskine-b', second))).toMatch(/anden nøgle end maskinens tidligere poster/);
    // Another machine numbers from 1 too: its own chain.
    expect(await logs.accept(...signed(machineC, 'maskine-c', rehash({ ...first, actor: 'c' })))).toBeNull();
    await appendFile(join(dir, 'revisionsspor.jsonl'), '{"machineId":"maskine-b","seq":');
    // After a restart the pinned key and the chain are read back from the file.
    const reopened = new OtherMachineLogs(dir);
    expect(await reopened.accept(...signed(machineC, 'maskine-b', second))).toMatch(/anden nøgle/);
    expect(await reopened.accept(...signed(machineB, 'maskine-b', second))).toBeNull();
    expect(await new OtherMachineLogs(dir).summary()).toEqual([
      { machineId: 'maskine-b', entries: 2, lastAt: '2026-07-01T10:01:00.000Z' },
      { machineId: 'maskine-c', entries: 1, lastAt: '2026-07-01T10:00:00.000Z' },
    ]);
  });
});

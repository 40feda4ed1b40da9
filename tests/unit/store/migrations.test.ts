import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, migrations } from '../../../electron/core/store/migrations.ts';
import { Store, ROOT_FILE, meetingPath } from '../../../electron/core/store/store.ts';
import { protocolFingerprint } from '../../../electron/core/approval/fingerprint.ts';
import { SCHEMA_VERSION } from '../../../shared/domain/storeSchema.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { listBackups } from '../../../electron/core/store/backups.ts';
import { openApp } from '../../../electron/core/openApp.ts';
import { runCli } from '../../../electron/cli/referent.ts';

const FIXTURE_V1 = join(process.cwd(), 'tests', 'fixtures', 'store-v1');
const FIXTURE_V2 = join(process.cwd(), 'tests', 'fixtures', 'store-v2');
/** The seeds as Referent with schema 3 kept them, after an export, a sending, a package and one approval (its audit.jsonl). */
const FIXTURE_V3 = join(process.cwd(), 'tests', 'fixtures', 'store-v3');
const FIXTURE_V4 = join(process.cwd(), 'tests', 'fixtures', 'store-v4');

/** A v3 meeting as v4 stores it: the fields v4 added, empty. */
function v4Meeting(meeting: { items: object[] }) {
  return { ...meeting, imported: null, historic: null, items: meeting.items.map((item) => ({ ...item, vote: null, closedReason: null })) };
}

async function fixtureCopy(fixture: string): Promise<string> {
  const dir = await tempDir();
  await cp(fixture, dir, { recursive: true });
  return dir;
}

describe('migrations', () => {
  it('has exactly one migration per schema version below the current one', () => {
    const expected = Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => String(i + 1));
    expect(Object.keys(migrations).sort()).toEqual(expected);
  });

  it('leaves a store of the current version untouched', () => {
    const store = { root: { schemaVersion: SCHEMA_VERSION, committees: [] }, meetings: [] };
    expect(migrate(store, SCHEMA_VERSION)).toBe(store);
  });

  it('v1 → v2: binds existing approvals to the protocol as stored, and writes the new version to disk', async () => {
    const dir = await fixtureCopy(FIXTURE_V1);
    const v1 = JSON.parse(await readFile(meetingPath(dir, 'haderslev-obu-2026-02-03'), 'utf8'));
    expect(v1.schemaVersion).toBe(1);
    expect(v1.meeting.approvals[0]).not.toHaveProperty('fingerprint');

    const store = await Store.open(dir);
    const meeting = store.meeting('haderslev-obu-2026-02-03')!;
    const committee = store.committee(meeting.committeeId)!;
    expect(meeting.approvals).toHaveLength(5);
    const fingerprint = protocolFingerprint(committee, meeting);
    for (const a of meeting.approvals) expect(a).toMatchObject({ fingerprint, method: 'lokal' });
    expect(meeting.approvalRound?.fingerprint).toBe(fingerprint);
    expect(meeting.approvalRound?.sentAt).toBe(v1.meeting.approvals.map((a: { approvedAt: string }) => a.approvedAt).sort()[0]);
    expect(meeting.frozenCommittee).toEqual(committee);
    expect(meeting.status).toBe('godkendt');

    const unapproved = store.meeting('kalundborg-direktionen-2026-03-16')!;
    expect(unapproved).toMatchObject({ approvals: [], rejections: [], approvalRound: null, frozenCommittee: null, reopenings: [], status: 'afholdt' });

    expect(JSON.parse(await readFile(join(dir, ROOT_FILE), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    expect(JSON.parse(await readFile(meetingPath(dir, meeting.id), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    await store.close();
    const again = await Store.open(dir);
    expect(again.meeting(meeting.id)).toEqual(meeting);
    // The v1 data was backed up, unchanged, before it was migrated.
    const [backup] = (await listBackups(dir)).filter((b) => b.reason === 'foer-migrering');
    expect(backup).toMatchObject({ schemaVersion: 1, meetings: 3 });
    expect(await readFile(join(dir, 'backups', backup!.id, 'meetings', 'haderslev-obu-2026-02-03.json'), 'utf8')).toBe(
      await readFile(join(FIXTURE_V1, 'meetings', 'haderslev-obu-2026-02-03.json'), 'utf8'),
    );
  });

  it('v2 → v3: bilag become objects, new fields take their defaults, and every approval stays valid', async () => {
    const dir = await fixtureCopy(FIXTURE_V2);
    const v2 = JSON.parse(await readFile(meetingPath(dir, 'haderslev-obu-2026-02-03'), 'utf8'));
    expect(v2.schemaVersion).toBe(2);
    const v2Names: string[] = v2.meeting.items[1].attachments;
    expect(typeof v2Names[0]).toBe('string');

    const store = await Store.open(dir);
    const meeting = store.meeting('haderslev-obu-2026-02-03')!;
    expect(meeting.items[1]!.attachments.map((a) => a.name)).toEqual(v2Names);
    expect(meeting.items[1]!.attachments.every((a) => !a.closed && a.file === null)).toBe(true);
    expect(meeting.items[0]).toMatchObject({ publicTitle: '', kind: 'beslutning', subItem: false, absences: [], remarks: [], caseFlow: null, postponedTo: null });
    expect(meeting.participants.every((p) => p.substitute === null)).toBe(true);
    const committee = store.committee(meeting.committeeId)!;
    expect(committee.template).toMatchObject({ numbering: { mode: 'perMoede', startNumber: 1 }, standardItems: [] });
    // The approvals were made under v2; the protocol they approved prints the same, so they still hold.
    const fingerprint = protocolFingerprint(committee, meeting);
    expect(meeting.approvals.map((a) => a.fingerprint)).toEqual(v2.meeting.approvals.map((a: { fingerprint: string }) => a.fingerprint));
    expect(new Set(meeting.approvals.map((a) => a.fingerprint))).toEqual(new Set([fingerprint]));
    expect(meeting.frozenCommittee?.template.numbering).toEqual({ mode: 'perMoede', startNumber: 1 });
    await store.close();
  });

  it('v3 → v4: every meeting is marked as not imported and not historic, and every approval stays valid', async () => {
    const dir = await fixtureCopy(FIXTURE_V3);
    const v3 = JSON.parse(await readFile(meetingPath(dir, 'haderslev-obu-2026-02-03'), 'utf8'));
    expect(v3.schemaVersion).toBe(3);
    expect(v3.meeting).not.toHaveProperty('historic');

    const store = await Store.open(dir);
    for (const meeting of store.meetings()) expect(meeting).toMatchObject({ imported: null, historic: null });
    const meeting = store.meeting('haderslev-obu-2026-02-03')!;
    const committee = store.committee(meeting.committeeId)!;
    // The approvals were made under v3; nothing printed changed, so they still hold and the protocol stays locked.
    expect(meeting.approvals).toHaveLength(5);
    expect(new Set(meeting.approvals.map((a) => a.fingerprint))).toEqual(new Set([protocolFingerprint(committee, meeting)]));
    expect(meeting.approvals.map((a) => a.fingerprint)).toEqual(v3.meeting.approvals.map((a: { fingerprint: string }) => a.fingerprint));
    const written = JSON.parse(await readFile(meetingPath(dir, meeting.id), 'utf8'));
    expect(written).toMatchObject({ schemaVersion: SCHEMA_VERSION, meeting: { imported: null, historic: null } });
    await store.close();
  });

  it('v3 → v4: items gain an empty vote and closed reason, case flows keep their rows, and every approval stays valid', async () => {
    const dir = await fixtureCopy(FIXTURE_V3);
    const v3 = JSON.parse(await readFile(meetingPath(dir, 'haderslev-obu-2026-02-03'), 'utf8'));
    const v3Albertslund = JSON.parse(await readFile(meetingPath(dir, 'albertslund-chefforum-2026-01-28'), 'utf8'));
    expect(v3.schemaVersion).toBe(3);
    expect(v3.meeting.items[0]).not.toHaveProperty('vote');

    const store = await Store.open(dir);
    const meeting = store.meeting('haderslev-obu-2026-02-03')!;
    expect(meeting.items.every((i) => i.vote === null && i.closedReason === null)).toBe(true);
    const committee = store.committee(meeting.committeeId)!;
    // Templates are left as they were: the new settings are absent and mean the old behaviour.
    expect(committee.template).not.toHaveProperty('caseFlowSteps');
    expect(committee.template).not.toHaveProperty('tocItemNumbers');
    const fingerprint = protocolFingerprint(committee, meeting);
    expect(meeting.approvals.map((a) => a.fingerprint)).toEqual(v3.meeting.approvals.map((a: { fingerprint: string }) => a.fingerprint));
    expect(new Set(meeting.approvals.map((a) => a.fingerprint))).toEqual(new Set([fingerprint]));
    expect(meeting.approvalRound?.fingerprint).toBe(fingerprint);

    const albertslund = store.meeting('albertslund-chefforum-2026-01-28')!;
    expect(albertslund.items[3]!.caseFlow).not.toBeNull();
    expect(albertslund.items[3]!.caseFlow).toEqual(v3Albertslund.meeting.items[3].caseFlow);
    const kalundborg = store.meeting('kalundborg-direktionen-2026-03-16')!;
    expect(kalundborg.items.filter((i) => i.closed).every((i) => i.closedReason === null)).toBe(true);

    const written = JSON.parse(await readFile(meetingPath(dir, meeting.id), 'utf8'));
    expect(written.schemaVersion).toBe(SCHEMA_VERSION);
    expect(written.meeting.items[0]).toMatchObject({ vote: null, closedReason: null });
    await store.close();
  });

  it('v3 → v4: every file records the audit head it saw, the log names the meetings that exist, and nothing else changes', async () => {
    const dir = await fixtureCopy(FIXTURE_V3);
    const v3 = JSON.parse(await readFile(meetingPath(dir, 'kalundborg-direktionen-2026-03-16'), 'utf8'));
    expect(v3.schemaVersion).toBe(3);
    expect(v3).not.toHaveProperty('auditHead');
    const v3Log = await readFile(join(dir, 'audit.jsonl'), 'utf8');

    // The pure step: the new field, nothing seen yet.
    const raw = { root: JSON.parse(await readFile(join(dir, ROOT_FILE), 'utf8')), meetings: [v3] };
    const stepped = migrations[3]!(raw);
    expect(stepped.root).toMatchObject({ schemaVersion: 4, auditHead: null });
    expect(stepped.meetings[0]).toEqual({ ...v3, schemaVersion: 4, auditHead: null, meeting: v4Meeting(v3.meeting) });

    const store = await Store.open(dir);
    const meeting = store.meeting('kalundborg-direktionen-2026-03-16')!;
    expect(meeting).toEqual(v4Meeting(v3.meeting));
    // The v3 log is kept as it was; one entry is added, naming every meeting, and every file records the head.
    const log = await readFile(join(dir, 'audit.jsonl'), 'utf8');
    expect(log.startsWith(v3Log)).toBe(true);
    const added = log.slice(v3Log.length).trim().split('\n').map((l) => JSON.parse(l));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ seq: 5, action: 'moeder_registreret', details: { reason: 'migrering', fromVersion: 3, toVersion: SCHEMA_VERSION } });
    expect(added[0].details.meetings).toEqual(['albertslund-chefforum-2026-01-28', 'haderslev-obu-2026-02-03', 'kalundborg-direktionen-2026-03-16']);
    const root = JSON.parse(await readFile(join(dir, ROOT_FILE), 'utf8'));
    expect(root).toMatchObject({ schemaVersion: SCHEMA_VERSION, auditHead: { seq: 5, hash: added[0].hash } });
    const file = JSON.parse(await readFile(meetingPath(dir, meeting.id), 'utf8'));
    expect(file).toMatchObject({ schemaVersion: SCHEMA_VERSION, auditHead: { seq: 4 } });
    expect((await store.verifyAudit()).ok).toBe(true);
    // The approval made under v3 still holds.
    expect(meeting.approvals[0]!.fingerprint).toBe(protocolFingerprint(store.committee(meeting.committeeId)!, meeting));
    await store.close();
    const [backup] = (await listBackups(dir)).filter((b) => b.reason === 'foer-migrering');
    expect(backup).toMatchObject({ schemaVersion: 3, meetings: 3 });
    // A second open finds nothing to do.
    const again = await Store.open(dir);
    expect(again.notices()).toEqual([]);
    expect(await readFile(join(dir, 'audit.jsonl'), 'utf8')).toBe(log);
    await again.close();
  });

  it('the backup taken before migrating can be restored: its files are migrated again, and the log keeps everything', async () => {
    const dir = await fixtureCopy(FIXTURE_V3);
    const app = await openApp(dir);
    await app.service['meetings.update']({ meetingId: 'albertslund-chefforum-2026-01-28', location: 'Efter opdateringen' });
    const before = (await app.service['backups.list']({})).find((b) => b.reason === 'foer-migrering')!;
    const restored = await app.service['backups.restore']({ backupId: before.id });
    expect(restored.message).toContain('gendannet');
    expect(app.store.meeting('albertslund-chefforum-2026-01-28')!.location).not.toBe('Efter opdateringen');
    expect(JSON.parse(await readFile(join(dir, ROOT_FILE), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    expect(await app.store.verifyAudit()).toMatchObject({ ok: true });
    await app.close();
    // The store is sound; what check finds is only that the v3 approvals were never signed (schema v5 counts only signatures).
    const out: string[] = [];
    const code = await runCli(['check', '--data', dir], { out: (l) => out.push(l), err: (l) => out.push(l) });
    const problems = out.filter((l) => l.startsWith('  '));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((l) => /ikke underskrevet/.test(l))).toBe(true);
    expect(code).toBe(1);
  });

  it('v4 → v5: only the version changes; unsigned v4 approvals stay as they were and never count as signed; the log names the registered keys', async () => {
    const dir = await fixtureCopy(FIXTURE_V4);
    const v4 = JSON.parse(await readFile(meetingPath(dir, 'haderslev-obu-2026-02-03'), 'utf8'));
    expect(v4.schemaVersion).toBe(4);
    expect(v4.meeting.approvals.every((a: { method: string; signature?: string }) => a.method === 'lokal' && !a.signature)).toBe(true);
    const rawRoot = JSON.parse(await readFile(join(dir, ROOT_FILE), 'utf8'));
    const stepped = migrations[4]!({ root: rawRoot, meetings: [v4] });
    expect(stepped.root).toEqual({ ...rawRoot, schemaVersion: 5 });
    expect(stepped.meetings[0]).toEqual({ ...v4, schemaVersion: 5 });

    const app = await openApp(dir);
    const meeting = app.store.meeting('haderslev-obu-2026-02-03')!;
    expect(meeting.approvals).toEqual(v4.meeting.approvals);
    // The fingerprint is unchanged, but none of the five unsigned approvals passes as a signature: status, verify and the export say so.
    expect(meeting.approvals[0]!.fingerprint).toBe(protocolFingerprint(app.store.committee(meeting.committeeId)!, meeting));
    const status = await app.service['approvals.status']({ meetingId: meeting.id });
    expect(status.intact).toBe(false);
    expect(status.problems.filter((p) => /ikke underskrevet/.test(p))).toHaveLength(5);
    expect(status.signers.map((s) => s.approval?.check)).toEqual(['usigneret', 'usigneret', 'usigneret', 'usigneret', 'usigneret']);
    expect(JSON.parse(await readFile(join(dir, ROOT_FILE), 'utf8')).schemaVersion).toBe(5);
    const log = (await app.store.auditEntries()).filter((e) => e.action === 'moeder_registreret');
    expect(log.at(-1)!.details).toMatchObject({ reason: 'migrering', fromVersion: 4, toVersion: 5 });
    await app.close();
    const out: string[] = [];
    expect(await runCli(['verify', '--data', dir, '--meeting', 'haderslev-obu-2026-02-03'], { out: (l) => out.push(l), err: (l) => out.push(l) })).toBe(1);
    expect(out.join('\n')).toContain('IKKE underskrevet');
  });
});

import { readFile, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { meetingPath, QUARANTINE_DIR } from '../../../electron/core/store/store.ts';
import { runCli } from '../../../electron/cli/referent.ts';
import { sha256Canonical } from '../../../electron/core/hash/sha256Canonical.ts';
import type { AuditEntry } from '../../../electron/core/audit/auditLog.ts';
import { tempDir } from '../helpers/tempDir.ts';

const SEEDS = join(process.cwd(), 'seeds');
const KALUNDBORG = 'kalundborg-direktionen-2026-03-16';
const HADERSLEV = 'haderslev-obu-2026-02-03';

/** A seeded store where Kalundborg's protocol is sent, approved by everyone present and exported. */
async function approvedStore() {
  const dir = await tempDir();
  const app = await openApp(dir, { seedsDir: SEEDS });
  const meeting = app.store.meeting(KALUNDBORG)!;
  await app.service['approvals.send']({ meetingId: KALUNDBORG });
  for (const p of meeting.participants.filter((x) => x.attendance === 'til_stede')) await app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: p.memberId, code: 'kode-123456' });
  await app.service['export.file']({ format: 'docx', meetingId: KALUNDBORG });
  await app.close();
  return dir;
}

async function check(dir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['check', '--data', dir], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const logPath = (dir: string) => join(dir, 'audit.jsonl');
const readLog = async (dir: string) => (await readFile(logPath(dir), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditEntry);
const fileHead = async (path: string) => (JSON.parse(await readFile(path, 'utf8')) as { auditHead: unknown }).auditHead;

describe('the audit log is written in the store’s one write path (point 9)', () => {
  it('parallel package exports each get their own seq, and the chain holds', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { seedsDir: SEEDS });
    await app.service['approvals.send']({ meetingId: KALUNDBORG });
    await Promise.all(Array.from({ length: 8 }, () => app.service['approvals.exportPackage']({ meetingId: KALUNDBORG })));
    const log = await readLog(dir);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    expect(log.filter((e) => e.action === 'godkendelsespakke_eksporteret')).toHaveLength(8);
    expect(await app.store.verifyAudit()).toMatchObject({ ok: true, entries: log.length });
    await app.close();
    expect((await check(dir)).code).toBe(0);
  });

  it('each change is logged by the store with the change itself, and the files record the head they saw; plain edits are not logged', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { seedsDir: SEEDS });
    const committee = app.store.committee('kalundborg-direktionen')!;
    const created = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-05-04' });
    let log = await readLog(dir);
    expect(log.at(-1)).toMatchObject({ action: 'moede_oprettet', meetingId: created.id });
    const head = { seq: log.at(-1)!.seq, hash: log.at(-1)!.hash };
    expect(await fileHead(meetingPath(dir, created.id))).toEqual(head);
    expect(await fileHead(join(dir, 'referent.json'))).toEqual(head);

    const withItem = await app.service['items.add']({ meetingId: created.id, title: 'Budget', caseNumber: '' });
    await app.service['items.setSection']({ meetingId: created.id, itemId: withItem.items[0]!.id, sectionId: withItem.items[0]!.sections[0]!.id, body: { type: 'doc', content: [] } });
    expect((await readLog(dir)).length).toBe(log.length);

    await app.service['meetings.setStatus']({ meetingId: created.id, status: 'udsendt' });
    const { text: memberFile } = await app.service['identity.memberFile']({ name: committee.members[0]!.name });
    await app.service['members.importKey']({ committeeId: committee.id, memberId: committee.members[0]!.id, text: memberFile });
    const [backup] = await app.service['backups.create']({});
    await app.service['backups.restore']({ backupId: backup!.id });
    log = await readLog(dir);
    expect(log.slice(-3).map((e) => [e.action, e.meetingId])).toEqual([
      ['status_aendret', created.id],
      ['noegle_registreret', null],
      ['sikkerhedskopi_gendannet', null],
    ]);
    expect(log.at(-3)!.details).toEqual({ from: 'kladde', to: 'udsendt' });
    expect(log.at(-2)!.details).toMatchObject({ committeeId: committee.id, memberId: committee.members[0]!.id, replaced: false });
    // No handler is needed for it: any status change the store writes is logged.
    await app.store.transaction((tx) => tx.putMeeting({ ...tx.meeting(created.id)!, status: 'afholdt' }));
    expect((await readLog(dir)).at(-1)).toMatchObject({ action: 'status_aendret', details: { from: 'udsendt', to: 'afholdt' } });
    await app.close();
    expect((await check(dir)).code).toBe(0);
  });
});

/** Recomputes every hash from the first changed line on, as someone with the project's own code would. */
function rechain(entries: AuditEntry[]): string {
  let prev = '0'.repeat(64);
  return entries
    .map((e, i) => {
      const { hash: _old, ...body } = { ...e, seq: i + 1, prevHash: prev };
      const hash = sha256Canonical(body);
      prev = hash;
      return JSON.stringify({ ...body, hash });
    })
    .join('\n') + '\n';
}

describe('cutting, emptying, deleting or rewriting the log is detected (point 10)', () => {
  const tampers: [string, (dir: string) => Promise<void>, RegExp][] = [
    ['the last two lines cut off', async (dir) => {
      const lines = (await readFile(logPath(dir), 'utf8')).trim().split('\n');
      await writeFile(logPath(dir), lines.slice(0, -2).join('\n') + '\n');
    }, /revisionssporet til og med linje \d+, men sporet har kun \d+ linjer/],
    ['emptied', async (dir) => writeFile(logPath(dir), ''), /men sporet har kun 0 linjer/],
    ['deleted', async (dir) => unlink(logPath(dir)), /men sporet har kun 0 linjer/],
    ['rewritten with recomputed hashes', async (dir) => {
      const entries = await readLog(dir);
      const approval = entries.find((e) => e.action === 'godkendt')!;
      approval.actor = 'en-anden';
      await writeFile(logPath(dir), rechain(entries));
    }, /har set en anden linje \d+ i revisionssporet/],
  ];

  for (const [name, tamper, message] of tampers) {
    it(`${name}: check fails, and the app opens, says so, and marks the break in the log`, async () => {
      const dir = await approvedStore();
      expect((await check(dir)).code).toBe(0);
      await tamper(dir);
      const before = await check(dir);
      expect(before.code).toBe(1);
      expect(before.err).toMatch(message);

      const app = await openApp(dir);
      expect(app.store.notices().join(' ')).toMatch(/Revisionssporet \(audit\.jsonl\) (er kortere|passer ikke)/);
      const marker = (await readLog(dir)).at(-1)!;
      expect(marker).toMatchObject({ action: 'revisionsspor_genstartet', details: { acknowledgedLost: true } });
      // New entries chain on; the trail shows the break for good.
      await app.service['export.file']({ format: 'docx', meetingId: HADERSLEV });
      const status = await app.service['approvals.status']({ meetingId: KALUNDBORG });
      expect(status.auditIntact).toBe(false);
      await app.close();
      const after = await check(dir);
      expect(after.code).toBe(1);
      expect(after.err).toContain('Revisionssporet blev genstartet');
    });
  }

  it('a deleted meeting file (an approved one) is detected by check, and the app puts it back from the backup', async () => {
    const dir = await approvedStore();
    const app = await openApp(dir);
    await app.service['backups.create']({});
    await app.close();
    await unlink(meetingPath(dir, KALUNDBORG));
    const res = await check(dir);
    expect(res.code).toBe(1);
    expect(res.err).toContain(`Mødet ${KALUNDBORG} mangler`);

    const reopened = await openApp(dir);
    expect(reopened.store.notices().join(' ')).toContain(`meetings/${KALUNDBORG}.json er gendannet fra sikkerhedskopien`);
    expect(reopened.store.meeting(KALUNDBORG)!.status).toBe('godkendt');
    await reopened.close();
    expect((await check(dir)).code).toBe(0);
  });

  it('a deleted meeting file with no backup: the loss is logged and check keeps reporting it', async () => {
    const dir = await approvedStore();
    await rm(join(dir, 'backups'), { recursive: true, force: true });
    await unlink(meetingPath(dir, KALUNDBORG));
    const app = await openApp(dir, { background: false });
    expect(app.store.notices().join(' ')).toContain('fandtes ikke i nogen sikkerhedskopi');
    expect(app.store.meeting(KALUNDBORG)).toBeUndefined();
    await app.close();
    expect((await readLog(dir)).at(-1)).toMatchObject({ action: 'moede_mistet', meetingId: KALUNDBORG });
    const res = await check(dir);
    expect(res.code).toBe(1);
    expect(res.err).toContain(`Mødet ${KALUNDBORG} gik tabt`);
  });
});

describe('a torn or garbled last audit line (point 13)', () => {
  for (const [name, tail] of [
    ['torn (a full disk mid-append)', '{"seq":99,"at":"2026-03-20T10:00:00.000Z","meetingId":"x","action":"godk'],
    ['garbled (NUL bytes after a power cut)', '\u0000'.repeat(180) + '\n'],
  ] as const) {
    it(`${name}: the app opens, the damaged bytes are kept byte for byte in karantaene/, the break is shown, and the log chains on from a marked restart`, async () => {
      const dir = await approvedStore();
      const good = await readFile(logPath(dir));
      await writeFile(logPath(dir), Buffer.concat([good, Buffer.from(tail, 'utf8')]));
      const app = await openApp(dir);
      expect(app.store.notices().join(' ')).toContain('Slutningen af revisionssporet (audit.jsonl) var beskadiget');
      const [quarantined] = (await readdir(join(dir, QUARANTINE_DIR))).filter((n) => n.includes('audit.jsonl'));
      expect(await readFile(join(dir, QUARANTINE_DIR, quarantined!))).toEqual(Buffer.from(tail, 'utf8'));
      const log = await readFile(logPath(dir));
      expect(log.subarray(0, good.length)).toEqual(good);
      const entries = await readLog(dir);
      expect(entries.at(-1)).toMatchObject({ action: 'revisionsspor_genstartet', details: { reason: 'beskadiget_linje', quarantined, acknowledgedLost: false } });
      await app.service['export.file']({ format: 'docx', meetingId: KALUNDBORG });
      expect(await app.store.verifyAudit()).toMatchObject({ ok: true, restarts: [{ reason: 'beskadiget_linje', acknowledgedLost: false }] });
      // A torn write lost nothing any file had seen: the trail stays intact, and check names the repair without failing.
      expect((await app.service['approvals.status']({ meetingId: KALUNDBORG })).auditIntact).toBe(true);
      await app.close();
      const res = await check(dir);
      expect(res.code).toBe(0);
      expect(res.out).toContain('genstartet ved linje');
    });
  }

  it('a garbled line the files had already seen: the restart says entries were lost, and check fails', async () => {
    const dir = await approvedStore();
    const lines = (await readFile(logPath(dir), 'utf8')).trim().split('\n');
    lines[lines.length - 1] = lines.at(-1)!.slice(0, 40);
    await writeFile(logPath(dir), lines.join('\n'));
    const app = await openApp(dir);
    expect((await readLog(dir)).at(-1)).toMatchObject({ action: 'revisionsspor_genstartet', details: { acknowledgedLost: true } });
    expect((await app.service['approvals.status']({ meetingId: KALUNDBORG })).auditIntact).toBe(false);
    await app.close();
    expect((await check(dir)).code).toBe(1);
  });
});

describe('the root file lost, a backup manifest garbled (point 14)', () => {
  it('referent.json deleted while meetings exist: put back from the newest backup, with a notice', async () => {
    const dir = await approvedStore();
    const app = await openApp(dir);
    await app.service['backups.create']({});
    await app.close();
    await unlink(join(dir, 'referent.json'));
    const reopened = await openApp(dir);
    expect(reopened.store.notices().join(' ')).toContain('referent.json (udvalg og skabeloner) manglede');
    expect(reopened.store.notices().join(' ')).toContain('referent.json er gendannet fra sikkerhedskopien');
    expect(reopened.store.committees()).toHaveLength(3);
    await reopened.close();
    expect((await check(dir)).code).toBe(0);
  });

  it('referent.json deleted and no backup: rebuilt from the meeting files, with a notice', async () => {
    const dir = await approvedStore();
    await rm(join(dir, 'backups'), { recursive: true, force: true });
    await unlink(join(dir, 'referent.json'));
    const app = await openApp(dir);
    expect(app.store.notices().join(' ')).toContain('udvalg er genskabt ud fra 3 møder');
    expect(app.store.committees().map((c) => c.id).sort()).toEqual(['albertslund-chefforum', 'haderslev-obu', 'kalundborg-direktionen']);
    // The committee frozen when Kalundborg's protocol was sent comes back whole; its approvals still hold.
    expect(app.store.committee('kalundborg-direktionen')!.name).toBe(app.store.meeting(KALUNDBORG)!.frozenCommittee!.name);
    expect((await app.service['approvals.status']({ meetingId: KALUNDBORG })).intact).toBe(true);
    await app.close();
  });

  it('a garbled backup manifest and a garbled meeting: the meeting is restored from that backup anyway, and check reports the manifest', async () => {
    const dir = await approvedStore();
    const app = await openApp(dir);
    const [backup] = await app.service['backups.create']({});
    await app.close();
    await writeFile(join(dir, 'backups', backup!.id, 'manifest.json'), '{"id": "hal');
    await writeFile(meetingPath(dir, HADERSLEV), '{"schemaVersion": 4, "meeting": {"id"');
    const reopened = await openApp(dir);
    await reopened.store.checked();
    expect(reopened.store.meeting(HADERSLEV)!.status).toBe('godkendt');
    expect(reopened.store.notices().join(' ')).toContain('er gendannet fra sikkerhedskopien');
    await reopened.close();
    const res = await check(dir);
    expect(res.code).toBe(1);
    expect(res.err).toContain(`Sikkerhedskopien ${backup!.id} har en beskadiget manifestfil`);
  });
});

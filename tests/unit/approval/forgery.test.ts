import { generateKeyPairSync } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { meetingPath, ROOT_FILE } from '../../../electron/core/store/store.ts';
import { runCli } from '../../../electron/cli/referent.ts';
import { protocolFingerprint } from '../../../electron/core/approval/fingerprint.ts';
import { keyIdOf, signWith } from '../../../electron/core/approval/keyVault.ts';
import { signedApprovalPayload } from '../../../electron/core/approval/signedPayload.ts';
import { exportMeeting } from '../../../electron/core/export/exportMeeting.ts';
import { printedContent } from '../../../shared/domain/printedContent.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { MeetingFile, RootFile } from '../../../shared/domain/storeSchema.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { tempDir } from '../helpers/tempDir.ts';

/**
 * The threat model of issue 12: someone who can read and write the data folder
 * (or a copy of it) but holds no member's personal code or own-machine key. Each
 * forgery is tried against everything that judges an approval: the app's
 * status (the integrity banner), `referent verify`, `referent check` and the
 * exported DOCX, which must never print a forged approval as `Godkendt`.
 */
const SEEDS = join(process.cwd(), 'seeds');
const KALUNDBORG = 'kalundborg-direktionen-2026-03-16';
const CODE = 'min-kode-42';
const tally: { forgery: string; refusedBy: string[] }[] = [];

afterAll(() => {
  console.log(`\nForfalskninger forsøgt: ${tally.length}; afvist af alle fire (status, verify, check, DOCX): ${tally.filter((t) => t.refusedBy.length === 4).length}`);
  for (const t of tally) console.log(`  ${t.refusedBy.length === 4 ? 'afvist' : 'IKKE AFVIST'}  ${t.forgery}  [${t.refusedBy.join(', ')}]`);
});

/** A seeded store where Kalundborg's protocol is sent and approved by everyone present, each with their own code. */
async function approvedStore() {
  const dir = await tempDir();
  const app = await openApp(dir, { seedsDir: SEEDS });
  await app.service['approvals.send']({ meetingId: KALUNDBORG });
  const present = app.store.meeting(KALUNDBORG)!.participants.filter((p) => p.attendance === 'til_stede');
  for (const p of present) await app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: p.memberId, code: CODE });
  expect(app.store.meeting(KALUNDBORG)!.status).toBe('godkendt');
  await app.close();
  return dir;
}

async function cli(args: string[]) {
  const lines: string[] = [];
  const code = await runCli(args, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  return { code, text: lines.join('\n') };
}

const readMeetingFile = async (dir: string, id = KALUNDBORG) => JSON.parse(await readFile(meetingPath(dir, id), 'utf8')) as MeetingFile;
const writeMeetingFile = (dir: string, file: MeetingFile, id = KALUNDBORG) => writeFile(meetingPath(dir, id), JSON.stringify(file));
const readRoot = async (dir: string) => JSON.parse(await readFile(join(dir, ROOT_FILE), 'utf8')) as RootFile;

/** Every judge at once: the forged approval must count nowhere. */
async function judge(dir: string, forgery: string, forgedName: string) {
  const refusedBy: string[] = [];
  const app = await openApp(dir, { background: false });
  const status = await app.service['approvals.status']({ meetingId: KALUNDBORG });
  if (!status.intact) refusedBy.push('status');
  const meeting = app.store.meeting(KALUNDBORG)!;
  const live = app.store.committee(meeting.committeeId)!;
  const docx = await exportMeeting(live, meeting, {}, { inProcess: true, auditHead: app.store.auditHead(), readAuditLog: () => app.store.auditEntries() });
  await app.close();
  const text = (await mammoth.extractRawText({ buffer: docx.bytes })).value;
  // The forger wants every signer printed as `Godkendt <tid>`; the export must print at least the forged one as `Ikke godkendt`.
  const approvedLines = text.match(/^Godkendt \d\d-\d\d-\d{4}/gm)?.length ?? 0;
  if (approvedLines < status.signers.length && text.includes(forgedName)) refusedBy.push('docx');
  if ((await cli(['verify', '--data', dir, '--meeting', KALUNDBORG])).code !== 0) refusedBy.push('verify');
  if ((await cli(['check', '--data', dir])).code !== 0) refusedBy.push('check');
  tally.push({ forgery, refusedBy });
  return { refusedBy, status };
}

/** The forger's own Ed25519 key: no member's secret, but the project's own code to sign with. */
function freshKey() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'), privateDer: privateKey.export({ type: 'pkcs8', format: 'der' }) };
}

function forgedSignature(meeting: Meeting, memberId: string, at: string, key: { privateDer: Buffer; publicKey: string }, keyId = keyIdOf(key.publicKey)) {
  const payload = signedApprovalPayload({ meetingId: meeting.id, memberId, substitute: null, fingerprint: meeting.approvalRound!.fingerprint, sentAt: meeting.approvalRound!.sentAt, decision: 'godkendt', comment: '', at, auditHead: null, keyId });
  return { signature: signWith(key.privateDer, payload), keyId };
}

/** Rewrites the decision of the first open item and recomputes every fingerprint with the project's own code. */
function rewriteDecision(meeting: Meeting, committee: Committee): Meeting {
  const item = meeting.items.find((i) => !i.closed && i.sections.some((s) => s.kind === 'beslutning'))!;
  const section = item.sections.find((s) => s.kind === 'beslutning')!;
  section.body = docFromParagraphs('Forkastet.');
  const fingerprint = protocolFingerprint(committee, meeting);
  meeting.approvalRound = { ...meeting.approvalRound!, fingerprint, content: printedContent(committee, meeting) };
  meeting.approvals = meeting.approvals.map((a) => ({ ...a, fingerprint }));
  return meeting;
}

describe('forged approvals are refused by status, verify, check and the export (issue 12, points 1–3)', () => {
  it('baseline: the approvals the members signed with their own codes pass everywhere', async () => {
    const dir = await approvedStore();
    const app = await openApp(dir, { background: false });
    const status = await app.service['approvals.status']({ meetingId: KALUNDBORG });
    expect(status.problems).toEqual([]);
    expect(status.signers.every((s) => s.approval?.check === 'gyldig' && s.key === 'her')).toBe(true);
    await app.close();
    expect((await cli(['verify', '--data', dir, '--meeting', KALUNDBORG])).code).toBe(0);
    expect((await cli(['check', '--data', dir])).code).toBe(0);
  });

  it('a decision edited in the file with every fingerprint recomputed by the project’s code: refused', async () => {
    const dir = await approvedStore();
    const file = await readMeetingFile(dir);
    const committee = (await readRoot(dir)).committees.find((c) => c.id === file.meeting.committeeId)!;
    file.meeting = rewriteDecision(file.meeting, committee);
    await writeMeetingFile(dir, file);
    const name = committee.members.find((m) => m.id === file.meeting.approvals[0]!.memberId)!.name;
    const { refusedBy, status } = await judge(dir, 'beslutning ændret, fingeraftryk genberegnet', name);
    expect(refusedBy).toEqual(['status', 'docx', 'verify', 'check']);
    expect(status.problems.join(' ')).toMatch(/underskrift passer ikke|signatur passer ikke/);
  });

  it('the same, with the approvals replaced by unsigned `lokal` ones as v4 wrote them: refused', async () => {
    const dir = await approvedStore();
    const file = await readMeetingFile(dir);
    const committee = (await readRoot(dir)).committees.find((c) => c.id === file.meeting.committeeId)!;
    file.meeting = rewriteDecision(file.meeting, committee);
    file.meeting.approvals = file.meeting.approvals.map(({ memberId, approvedAt, fingerprint }) => ({ memberId, approvedAt, fingerprint, method: 'lokal' as const }));
    await writeMeetingFile(dir, file);
    const name = committee.members.find((m) => m.id === file.meeting.approvals[0]!.memberId)!.name;
    const { refusedBy, status } = await judge(dir, 'usignerede lokal-godkendelser', name);
    expect(refusedBy).toEqual(['status', 'docx', 'verify', 'check']);
    expect(status.problems.join(' ')).toMatch(/ikke underskrevet/);
  });

  it('an approval signed by a fresh key that is not registered: refused, whichever key id it names', async () => {
    for (const namesRegistered of [false, true]) {
      const dir = await approvedStore();
      const file = await readMeetingFile(dir);
      const committee = (await readRoot(dir)).committees.find((c) => c.id === file.meeting.committeeId)!;
      file.meeting = rewriteDecision(file.meeting, committee);
      const key = freshKey();
      file.meeting.approvals = file.meeting.approvals.map((a) => ({ ...a, ...forgedSignature(file.meeting, a.memberId, a.approvedAt, key, namesRegistered ? a.keyId : undefined), publicKey: key.publicKey }));
      await writeMeetingFile(dir, file);
      const name = committee.members.find((m) => m.id === file.meeting.approvals[0]!.memberId)!.name;
      const { refusedBy, status } = await judge(dir, namesRegistered ? 'frisk nøgle, registreret nøgles id' : 'frisk nøgle, eget id', name);
      expect(refusedBy).toEqual(['status', 'docx', 'verify', 'check']);
      expect(status.signers.map((s) => s.approval?.check)).toEqual(status.signers.map(() => (namesRegistered ? 'forkert_signatur' : 'ukendt_noegle')));
    }
  });

  it('a fresh key written into the registry (referent.json) by hand: refused, as the log never registered it', async () => {
    const dir = await approvedStore();
    const root = await readRoot(dir);
    const file = await readMeetingFile(dir);
    const committee = root.committees.find((c) => c.id === file.meeting.committeeId)!;
    const victim = file.meeting.approvals[0]!;
    const key = freshKey();
    committee.members = committee.members.map((m) => (m.id === victim.memberId ? { ...m, publicKey: key.publicKey, keyVault: undefined } : m));
    await writeFile(join(dir, ROOT_FILE), JSON.stringify(root));
    file.meeting = rewriteDecision(file.meeting, committee);
    file.meeting.approvals = [{ ...victim, fingerprint: file.meeting.approvalRound!.fingerprint, ...forgedSignature(file.meeting, victim.memberId, victim.approvedAt, key) }, ...file.meeting.approvals.slice(1)];
    await writeMeetingFile(dir, file);
    const name = committee.members.find((m) => m.id === victim.memberId)!.name;
    const { refusedBy, status } = await judge(dir, 'frisk nøgle skrevet ind i registret', name);
    // The other approvals fail (the decision changed); the forged one is caught by the log: no entry ever registered its key.
    expect(refusedBy).toEqual(expect.arrayContaining(['status', 'verify', 'check']));
    expect(status.problems.join(' ')).toContain(`${name}s underskrift er lavet med`.slice(0, 0) + 'aldrig registreret i revisionssporet');
  });

  for (const [what, edit] of [
    ['approvedAt (printed)', (m: Meeting) => void (m.approvals[0]!.approvedAt = '2026-03-16T08:00:00.000Z')],
    ['a comment added to an approval', (m: Meeting) => void (m.approvals[0]!.comment = 'Med forbehold')],
    ['an approval turned into a rejection', (m: Meeting) => {
      const [a] = m.approvals.splice(0, 1);
      m.rejections.push({ memberId: a!.memberId, rejectedAt: a!.approvedAt, fingerprint: a!.fingerprint, comment: 'Nej', method: a!.method, signature: a!.signature, keyId: a!.keyId, auditHead: a!.auditHead });
      m.status = 'til_godkendelse';
    }],
    ['the approval round’s sentAt', (m: Meeting) => void (m.approvalRound!.sentAt = '2026-03-16T07:00:00.000Z')],
    ['the audit head an approval signed', (m: Meeting) => void (m.approvals[0]!.auditHead = { seq: 1, hash: '0'.repeat(64) })],
    ['an approval moved to a stedfortræder', (m: Meeting) => void (m.approvals[0]!.substitute = 'Karen Jensen')],
    ['an approval deleted while the status stays godkendt', (m: Meeting) => void m.approvals.splice(0, 1)],
  ] as const) {
    it(`${what}: refused`, async () => {
      const dir = await approvedStore();
      const file = await readMeetingFile(dir);
      const committee = (await readRoot(dir)).committees.find((c) => c.id === file.meeting.committeeId)!;
      const name = committee.members.find((m) => m.id === file.meeting.approvals[0]!.memberId)!.name;
      edit(file.meeting);
      await writeMeetingFile(dir, file);
      const { refusedBy } = await judge(dir, what, name);
      expect(refusedBy).toEqual(['status', 'docx', 'verify', 'check']);
    });
  }
});

describe('approving on the secretary’s machine with a personal code (point 1)', () => {
  it('the first approval makes and registers the key (logged); a wrong code is refused in Danish and stores nothing', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { seedsDir: SEEDS });
    await app.service['approvals.send']({ meetingId: KALUNDBORG });
    const [first, second] = app.store.meeting(KALUNDBORG)!.participants.filter((p) => p.attendance === 'til_stede');
    await expect(app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: first!.memberId, code: 'kort' })).rejects.toThrow('Den personlige kode skal have mindst 6 tegn.');
    await expect(app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: first!.memberId, code: CODE, codeRepeat: 'noget-andet' })).rejects.toThrow('De to koder er ikke ens');
    await app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: first!.memberId, code: CODE, codeRepeat: CODE });
    const registered = (await app.store.auditEntries()).filter((e) => e.action === 'noegle_registreret');
    expect(registered).toHaveLength(1);
    expect(registered[0]!.details).toMatchObject({ memberId: first!.memberId, here: true });
    const member = app.store.committee('kalundborg-direktionen')!.members.find((m) => m.id === first!.memberId)!;
    expect(member.keyVault).toMatchObject({ kdf: 'scrypt', N: 32768 });
    expect(JSON.stringify(member.keyVault)).not.toContain(CODE);

    // The same member again, with someone else's guess: refused, in Danish, and the data folder is byte for byte as it was.
    await app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: second!.memberId, code: 'andens-kode' });
    const before = await readFile(meetingPath(dir, KALUNDBORG), 'utf8');
    const rootBefore = await readFile(join(dir, ROOT_FILE), 'utf8');
    const logBefore = await readFile(join(dir, 'audit.jsonl'), 'utf8');
    await expect(app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: first!.memberId, code: 'andens-kode' })).rejects.toThrow(/^Forkert personlig kode for .+\. Intet er godkendt; prøv igen\.$/);
    await expect(app.service['approvals.reject']({ meetingId: KALUNDBORG, memberId: first!.memberId, code: 'forkert', comment: 'Nej' })).rejects.toThrow(/Forkert personlig kode/);
    expect(await readFile(meetingPath(dir, KALUNDBORG), 'utf8')).toBe(before);
    expect(await readFile(join(dir, ROOT_FILE), 'utf8')).toBe(rootBefore);
    expect(await readFile(join(dir, 'audit.jsonl'), 'utf8')).toBe(logBefore);
    // The right code works, and the signature covers the comment.
    const m = await app.service['approvals.reject']({ meetingId: KALUNDBORG, memberId: first!.memberId, code: CODE, comment: 'Punkt 4 er gengivet forkert.' });
    expect(m.rejections[0]).toMatchObject({ comment: 'Punkt 4 er gengivet forkert.', keyId: member.publicKey ? keyIdOf(member.publicKey) : '' });
    expect((await app.service['approvals.status']({ meetingId: KALUNDBORG })).intact).toBe(true);
    await app.close();
  });

  it('guessing a code: after three wrong codes each attempt waits longer, even with the right code; the wait is per key', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { seedsDir: SEEDS });
    await app.service['approvals.send']({ meetingId: KALUNDBORG });
    const [first, second] = app.store.meeting(KALUNDBORG)!.participants.filter((p) => p.attendance === 'til_stede');
    await app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: first!.memberId, code: CODE, codeRepeat: CODE });
    await app.service['approvals.reject']({ meetingId: KALUNDBORG, memberId: second!.memberId, code: 'andens-kode', codeRepeat: 'andens-kode', comment: 'Punkt 2 mangler' });
    // Withdrawn by a reopening, so the first member can answer again.
    await app.service['approvals.reopen']({ meetingId: KALUNDBORG, reason: 'Ny runde' });
    await app.service['approvals.send']({ meetingId: KALUNDBORG });
    for (const guess of ['gæt-1', 'gæt-2', 'gæt-3', 'gæt-4']) {
      await expect(app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: first!.memberId, code: guess })).rejects.toThrow(/^Forkert personlig kode/);
    }
    await expect(app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: first!.memberId, code: CODE })).rejects.toThrow(/^For mange forkerte koder for .+\. Vent 5 sekunder, og prøv så igen\.$/);
    // Replacing the key with a guessed old code waits too; another member's key is not held up.
    const committeeId = app.store.meeting(KALUNDBORG)!.committeeId;
    await expect(app.service['members.replaceKey']({ committeeId, memberId: first!.memberId, oldCode: CODE })).rejects.toThrow(/For mange forkerte koder/);
    await app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: second!.memberId, code: 'andens-kode' });
    expect(app.store.meeting(KALUNDBORG)!.approvals.map((a) => a.memberId)).toEqual([second!.memberId]);
    await app.close();
  });

  it('a member whose key was registered from their own machine cannot be approved here', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { seedsDir: SEEDS });
    const own = await openApp(await tempDir());
    const meeting = app.store.meeting(KALUNDBORG)!;
    const memberId = meeting.participants.find((p) => p.attendance === 'til_stede')!.memberId;
    const file = await own.service['identity.memberFile']({ name: 'x' });
    await app.service['members.importKey']({ committeeId: meeting.committeeId, memberId, text: file.text });
    await app.service['approvals.send']({ meetingId: KALUNDBORG });
    await expect(app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId, code: CODE })).rejects.toThrow(/godkender på sin egen computer/);
    await app.close();
    await own.close();
  });

  it('replacing a key needs the old code or a reason; both are logged, and the reason is printed', async () => {
    const dir = await approvedStore();
    const app = await openApp(dir);
    const meeting = app.store.meeting(KALUNDBORG)!;
    const [a, b] = meeting.approvals;
    const committeeId = meeting.committeeId;
    await expect(app.service['members.replaceKey']({ committeeId, memberId: a!.memberId })).rejects.toThrow(/gamle personlige kode eller en begrundelse/);
    await expect(app.service['members.replaceKey']({ committeeId, memberId: a!.memberId, oldCode: 'forkert-kode' })).rejects.toThrow(/Forkert personlig kode/);
    await app.service['members.replaceKey']({ committeeId, memberId: a!.memberId, oldCode: CODE });
    await app.service['members.replaceKey']({ committeeId, memberId: b!.memberId, reason: 'Har glemt sin kode' });
    const replaced = (await app.store.auditEntries()).filter((e) => e.action === 'noegle_udskiftet');
    expect(replaced.map((e) => [e.details.memberId, e.details.how, e.details.reason])).toEqual([
      [a!.memberId, 'kode', ''],
      [b!.memberId, 'begrundelse', 'Har glemt sin kode'],
    ]);
    // The old approvals still verify against the retired keys.
    expect((await app.service['approvals.status']({ meetingId: KALUNDBORG })).intact).toBe(true);
    // After a reopening, b approves with a new key under a new code; the export prints the reason beside it.
    await app.service['approvals.reopen']({ meetingId: KALUNDBORG, reason: 'Ny runde' });
    await app.service['approvals.send']({ meetingId: KALUNDBORG });
    await app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: b!.memberId, code: 'ny-kode-123', codeRepeat: 'ny-kode-123' });
    const live = app.store.committee(committeeId)!;
    const docx = await exportMeeting(live, app.store.meeting(KALUNDBORG)!, {}, { inProcess: true, auditHead: app.store.auditHead(), readAuditLog: () => app.store.auditEntries() });
    const text = (await mammoth.extractRawText({ buffer: docx.bytes })).value;
    expect(text).toContain('Nøglen er udskiftet uden den gamle kode: Har glemt sin kode');
    await app.close();
  });
});

describe('a stedfortræder who attends signs (point 6)', () => {
  it('is asked instead of the absent member, signs with their own key, and prints on the Underskriftsside', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { seedsDir: SEEDS });
    const meeting = app.store.meeting(KALUNDBORG)!;
    const absent = meeting.participants.find((p) => p.attendance === 'til_stede')!.memberId;
    await app.service['meetings.update']({
      meetingId: KALUNDBORG,
      participants: meeting.participants.map((p) => (p.memberId === absent ? { memberId: p.memberId, attendance: 'afbud', substitute: { name: 'Karen Jensen', label: 'Konst. direktør' } } : p)),
    });
    await app.service['approvals.send']({ meetingId: KALUNDBORG });
    const status = await app.service['approvals.status']({ meetingId: KALUNDBORG });
    const signer = status.signers.find((s) => s.memberId === absent)!;
    expect(signer).toMatchObject({ substitute: 'Karen Jensen', name: 'Karen Jensen', key: 'ingen' });
    // The absent member is not asked.
    await expect(app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: absent, code: CODE })).rejects.toThrow(/til stede/);
    for (const s of status.signers) await app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: s.memberId, ...(s.substitute ? { substitute: s.substitute } : {}), code: CODE });
    const approved = app.store.meeting(KALUNDBORG)!;
    expect(approved.status).toBe('godkendt');
    expect(approved.approvals.find((a) => a.memberId === absent)).toMatchObject({ substitute: 'Karen Jensen' });
    const live = app.store.committee(approved.committeeId)!;
    expect(live.substitutes?.map((s) => s.name)).toEqual(['Karen Jensen']);
    const after = await app.service['approvals.status']({ meetingId: KALUNDBORG });
    expect(after.intact).toBe(true);
    expect(after.signers.find((s) => s.substitute)!.approval!.check).toBe('gyldig');
    const docx = await exportMeeting(live, approved, {}, { inProcess: true, auditHead: app.store.auditHead(), readAuditLog: () => app.store.auditEntries() });
    const text = (await mammoth.extractRawText({ buffer: docx.bytes })).value;
    expect(text).toMatch(/Karen Jensen \(Konst\. direktør\)\s+Stedfortræder for [^\n]+\s+Godkendt \d\d-\d\d-\d{4} kl\. \d\d:\d\d\s+Nøgle [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}/);
    expect(text).toMatch(/Revisionsspor: linje \d+, [0-9a-f]{4} [0-9a-f]{4}/);
    await app.close();
    expect((await cli(['verify', '--data', dir, '--meeting', KALUNDBORG])).text).toContain('Karen Jensen (Konst. direktør) (stedfortræder for');
  });
});

/**
 * Forgeries that need no signature of anyone's to be made, only files the log contradicts: the log records every key
 * registered (and for whom), every round sent, every reopening and every import, so a meeting file or registry put back
 * or rewritten beside Referent is refused as a whole, and the export prints none of its approvals as standing.
 */
describe('forgeries the audit log contradicts are refused everywhere', () => {
  /** A seeded store where Kalundborg is sent and approved by all present but the last. */
  async function waitingForLast() {
    const dir = await tempDir();
    const app = await openApp(dir, { seedsDir: SEEDS });
    await app.service['approvals.send']({ meetingId: KALUNDBORG });
    const present = app.store.meeting(KALUNDBORG)!.participants.filter((p) => p.attendance === 'til_stede');
    for (const p of present.slice(0, -1)) await app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: p.memberId, code: CODE });
    await app.close();
    return { dir, last: present.at(-1)!.memberId, first: present[0]!.memberId };
  }

  const exportText = async (dir: string) => {
    const app = await openApp(dir, { readOnly: true, background: false });
    const meeting = app.store.meeting(KALUNDBORG)!;
    const docx = await exportMeeting(app.store.committee(meeting.committeeId)!, meeting, {}, { inProcess: true, auditHead: app.store.auditHead(), readAuditLog: () => app.store.auditEntries() });
    await app.close();
    return (await mammoth.extractRawText({ buffer: docx.bytes })).value;
  };

  it('a root file set back to schema 4 so the migration would log the forger’s keys: read as schema 5, nothing logged', async () => {
    const dir = await approvedStore();
    const root = await readRoot(dir);
    const file = await readMeetingFile(dir);
    const committee = root.committees.find((c) => c.id === file.meeting.committeeId)!;
    const keys = new Map(file.meeting.approvals.map((a) => [a.memberId, freshKey()]));
    committee.members = committee.members.map((m) => (keys.has(m.id) ? { ...m, publicKey: keys.get(m.id)!.publicKey, keyVault: undefined } : m));
    file.meeting = rewriteDecision(file.meeting, committee);
    file.meeting.approvals = file.meeting.approvals.map((a) => ({ ...a, ...forgedSignature(file.meeting, a.memberId, a.approvedAt, keys.get(a.memberId)!), auditHead: null }));
    await writeMeetingFile(dir, file);
    await writeFile(join(dir, ROOT_FILE), JSON.stringify({ ...root, schemaVersion: 4 }));
    const logBefore = await readFile(join(dir, 'audit.jsonl'), 'utf8');

    // The secretary opens the folder as usual: no migration runs, so no entry names the forger's keys.
    const app = await openApp(dir, { background: false });
    expect(app.store.notices().join(' ')).toContain('angiver skemaversion 4, men revisionssporet viser, at datamappen allerede er version 5');
    await app.close();
    const added = (await readFile(join(dir, 'audit.jsonl'), 'utf8')).slice(logBefore.length);
    expect(added).not.toContain('migrering');
    for (const key of keys.values()) expect(added).not.toContain(keyIdOf(key.publicKey));

    const name = committee.members.find((m) => m.id === file.meeting.approvals[0]!.memberId)!.name;
    const { refusedBy, status } = await judge(dir, 'referent.json sat tilbage til skema 4 med forfalskerens nøgler', name);
    expect(refusedBy).toEqual(['status', 'docx', 'verify', 'check']);
    expect(status.problems.join(' ')).toContain('aldrig registreret i revisionssporet');
  });

  it('one member’s key and sealed vault copied onto another, who is then approved with the first one’s code: refused', async () => {
    const { dir, first, last } = await waitingForLast();
    const root = await readRoot(dir);
    const committee = root.committees.find((c) => c.members.some((m) => m.id === first))!;
    const source = committee.members.find((m) => m.id === first)!;
    committee.members = committee.members.map((m) => (m.id === last ? { ...m, publicKey: source.publicKey, keyVault: source.keyVault } : m));
    await writeFile(join(dir, ROOT_FILE), JSON.stringify(root));
    const app = await openApp(dir, { background: false });
    await app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: last, code: CODE });
    expect(app.store.meeting(KALUNDBORG)!.status).toBe('godkendt');
    await app.close();
    const name = committee.members.find((m) => m.id === last)!.name;
    const { refusedBy, status } = await judge(dir, 'en anden underskrivers nøgle kopieret ind', name);
    expect(refusedBy).toEqual(['status', 'docx', 'verify', 'check']);
    expect(status.problems).toEqual(expect.arrayContaining([`Nøglen, ${name}s underskrift er lavet med, er i revisionssporet registreret for en anden underskriver: den er flyttet uden om Referent.`]));
  });

  it('the meeting file of an approved version that was reopened, changed and approved again, put back: refused', async () => {
    const dir = await approvedStore();
    const first = await readFile(meetingPath(dir, KALUNDBORG), 'utf8');
    const app = await openApp(dir, { background: false });
    await app.service['approvals.reopen']({ meetingId: KALUNDBORG, reason: 'Punkt 4 var gengivet forkert' });
    const meeting = app.store.meeting(KALUNDBORG)!;
    const item = meeting.items.find((i) => !i.closed && i.sections.some((s) => s.kind === 'beslutning'))!;
    const decision = item.sections.find((s) => s.kind === 'beslutning')!;
    await app.service['items.setSection']({ meetingId: KALUNDBORG, itemId: item.id, sectionId: decision.id, body: docFromParagraphs('Rettet beslutning.') });
    await app.service['approvals.send']({ meetingId: KALUNDBORG });
    for (const p of meeting.participants.filter((x) => x.attendance === 'til_stede')) await app.service['approvals.approve']({ meetingId: KALUNDBORG, memberId: p.memberId, code: CODE });
    expect(app.store.meeting(KALUNDBORG)!.status).toBe('godkendt');
    await app.close();
    await writeFile(meetingPath(dir, KALUNDBORG), first);
    const name = (await readRoot(dir)).committees.flatMap((c) => c.members).find((m) => m.id === meeting.participants.find((x) => x.attendance === 'til_stede')!.memberId)!.name;
    const { refusedBy, status } = await judge(dir, 'en genåbnet, tidligere godkendt udgave lagt tilbage', name);
    expect(refusedBy).toEqual(['status', 'docx', 'verify', 'check']);
    expect(status.problems).toEqual(expect.arrayContaining(['Revisionssporet viser 1 genåbning af referatet, men mødefilen har 0: en tidligere udgave er lagt tilbage uden om Referent.']));
  });

  it('an approved protocol rewritten and marked historic, or marked godkendt with its approvals removed: refused', async () => {
    for (const historic of [true, false]) {
      const dir = await approvedStore();
      const file = await readMeetingFile(dir);
      const committee = (await readRoot(dir)).committees.find((c) => c.id === file.meeting.committeeId)!;
      file.meeting = rewriteDecision(file.meeting, committee);
      file.meeting.approvals = [];
      file.meeting.approvalRound = null;
      file.meeting.historic = historic ? { approvedOn: '2026-03-20' } : null;
      await writeMeetingFile(dir, file);
      const app = await openApp(dir, { background: false });
      const status = await app.service['approvals.status']({ meetingId: KALUNDBORG });
      await app.close();
      expect(status.intact).toBe(false);
      expect(status.problems.join(' ')).toContain(historic ? 'står som historisk' : 'står som godkendt, men mangler godkendelse');
      const verified = await cli(['verify', '--data', dir, '--meeting', KALUNDBORG]);
      expect(verified.code).toBe(1);
      expect(verified.text).toContain('FEJL');
      expect((await cli(['check', '--data', dir])).code).toBe(1);
    }
  });

  it('a key replacement reason written into referent.json by hand: refused, and not printed', async () => {
    const dir = await approvedStore();
    const root = await readRoot(dir);
    const file = await readMeetingFile(dir);
    const committee = root.committees.find((c) => c.id === file.meeting.committeeId)!;
    const victim = file.meeting.approvals[0]!.memberId;
    committee.members = committee.members.map((m) => (m.id === victim ? { ...m, keyReason: 'Godkendelsen er givet under forbehold' } : m));
    await writeFile(join(dir, ROOT_FILE), JSON.stringify(root));
    const name = committee.members.find((m) => m.id === victim)!.name;
    const { refusedBy, status } = await judge(dir, 'begrundelse for nøgleudskiftning skrevet ind', name);
    expect(refusedBy).toEqual(['status', 'docx', 'verify', 'check']);
    expect(status.problems).toEqual([`Begrundelsen for ${name}s nøgleudskiftning står ikke i revisionssporet: den er skrevet ind uden om Referent.`]);
    expect(await exportText(dir)).not.toContain('under forbehold');
  });
});

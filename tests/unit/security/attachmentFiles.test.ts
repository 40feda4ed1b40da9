import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { lstat, mkdir, readFile, readdir, rename, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch.ts';
import { openApp } from '../../../electron/core/openApp.ts';
import { meetingPath } from '../../../electron/core/store/store.ts';
import { readAttachmentFile } from '../../../electron/core/store/attachmentFiles.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const PDF = Buffer.from('%PDF-1.4\n% Budget\n%%EOF\n');

/** A meeting with one item and one real bilag, on the browser host's service (no viewer: opening returns the bytes). */
async function setup() {
  const dir = await tempDir();
  const outside = await tempDir();
  const app = await openApp(dir);
  const committee = await createCommittee(app.service);
  let meeting = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
  meeting = await app.service['items.add']({ meetingId: meeting.id, title: 'Budget' });
  meeting = await app.service['attachments.add']({ meetingId: meeting.id, itemId: meeting.items[0]!.id, name: 'Budget.pdf', mimeType: 'application/pdf', base64: PDF.toString('base64') });
  return { dir, outside, app, meeting, item: meeting.items[0]! };
}

/** What an attacker with the API (or the data folder) does: an item whose bilag record points wherever they like. */
async function forgeBilag(s: Awaited<ReturnType<typeof setup>>, file: { path?: string; sha256: string; size: number }) {
  const item = { ...s.item, id: `forfalsket-${Math.random().toString(36).slice(2)}`, attachments: [{ id: 'b1', name: 'Forfalsket.pdf', closed: false, file: { ...file, mimeType: 'application/pdf' } }] };
  const restored = await dispatch(s.app.service, 'items.restore', { meetingId: s.meeting.id, item, index: 0 });
  expect(restored.ok).toBe(true);
  return dispatch(s.app.service, 'attachments.open', { meetingId: s.meeting.id, itemId: item.id, attachmentId: 'b1' });
}

describe('bilag files are found from their hash alone, inside the data folder', () => {
  it('a stored path is ignored: ../../etc/passwd with its hash opens nothing, and is not even stored', async () => {
    const s = await setup();
    const passwd = await readFile('/etc/passwd');
    const opened = await forgeBilag(s, { path: '../../../../../../etc/passwd', sha256: sha256(passwd), size: passwd.length });
    expect(opened).toMatchObject({ ok: false, error: { code: 'ikke_fundet', message: 'Filen til bilaget "Forfalsket.pdf" mangler i datamappen.' } });
    const onDisk = await readFile(meetingPath(s.dir, s.meeting.id), 'utf8');
    expect(onDisk).not.toContain('etc/passwd');
    expect(onDisk).toContain(`"path": "bilag/${sha256(passwd)}"`);
    await s.app.close();
  });

  it('/dev/zero and an absurd recorded size are never read', async () => {
    const s = await setup();
    const zero = await forgeBilag(s, { path: '/dev/zero', sha256: sha256(''), size: 10 * 1024 ** 3 });
    expect(zero).toMatchObject({ ok: false, error: { code: 'konflikt' } });
    // The real bilag under a size it does not have: altered, without reading past the record.
    expect(await readAttachmentFile(s.dir, { sha256: s.item.attachments[0]!.file!.sha256, size: PDF.length - 1 })).toEqual({ check: 'aendret' });
    expect(await readAttachmentFile(s.dir, { sha256: s.item.attachments[0]!.file!.sha256, size: PDF.length })).toMatchObject({ check: 'ok', bytes: PDF });
    expect(await readAttachmentFile(s.dir, { sha256: '../../etc/passwd', size: 1 })).toEqual({ check: 'mangler' });
    await s.app.close();
  });

  it('a symlink, a device or a pipe under bilag/ is "ændret" whether or not its target exists, and never read', async () => {
    const s = await setup();
    const passwd = await readFile('/etc/passwd');
    const linked = sha256(passwd);
    await symlink('/etc/passwd', join(s.dir, 'bilag', linked));
    const toExisting = await forgeBilag(s, { sha256: linked, size: passwd.length });
    const ghost = sha256('findes ikke');
    await symlink(join(s.outside, 'findes-ikke'), join(s.dir, 'bilag', ghost));
    const toMissing = await forgeBilag(s, { sha256: ghost, size: 11 });
    expect(toExisting).toMatchObject({ ok: false, error: { code: 'konflikt' } });
    expect(toMissing).toMatchObject({ ok: false, error: { code: 'konflikt' } });
    const fifo = sha256('fifo');
    execFileSync('mkfifo', [join(s.dir, 'bilag', fifo)]);
    expect(await forgeBilag(s, { sha256: fifo, size: 4 })).toMatchObject({ ok: false, error: { code: 'konflikt' } });
    await s.app.close();
  });

  it('a bilag folder that links elsewhere is not ours: not read from, not written to', async () => {
    const s = await setup();
    const file = s.item.attachments[0]!.file!;
    await rename(join(s.dir, 'bilag'), join(s.outside, 'bilag'));
    await symlink(join(s.outside, 'bilag'), join(s.dir, 'bilag'));
    expect(await dispatch(s.app.service, 'attachments.open', { meetingId: s.meeting.id, itemId: s.item.id, attachmentId: s.item.attachments[0]!.id })).toMatchObject({
      ok: false,
      error: { code: 'ikke_fundet' },
    });
    expect(await readAttachmentFile(s.dir, file)).toEqual({ check: 'mangler' });
    const added = await dispatch(s.app.service, 'attachments.add', { meetingId: s.meeting.id, itemId: s.item.id, name: 'Nyt.txt', base64: Buffer.from('nyt').toString('base64') });
    expect(added).toMatchObject({ ok: false, error: { code: 'konflikt' } });
    expect(await readdir(join(s.outside, 'bilag'))).toEqual([file.sha256]);
    await s.app.close();
  });

  it('adding a file whose name is taken by a symlink replaces the link, never writes through it', async () => {
    const s = await setup();
    const bytes = Buffer.from('Høringssvar');
    const target = join(s.outside, 'offer.txt');
    await writeFile(target, 'uændret');
    await symlink(target, join(s.dir, 'bilag', sha256(bytes)));
    await s.app.service['attachments.add']({ meetingId: s.meeting.id, itemId: s.item.id, name: 'Høringssvar.txt', base64: bytes.toString('base64') });
    expect(await readFile(target, 'utf8')).toBe('uændret');
    expect((await lstat(join(s.dir, 'bilag', sha256(bytes)))).isFile()).toBe(true);
    expect(await readFile(join(s.dir, 'bilag', sha256(bytes)))).toEqual(bytes);
    await s.app.close();
  });

  it('the real bilag still opens', async () => {
    const s = await setup();
    await mkdir(join(s.dir, 'bilag'), { recursive: true });
    const result = await s.app.service['attachments.open']({ meetingId: s.meeting.id, itemId: s.item.id, attachmentId: s.item.attachments[0]!.id });
    expect('base64' in result && Buffer.from(result.base64, 'base64')).toEqual(PDF);
    await s.app.close();
  });
});

import { readdir, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

const PDF = Buffer.from('%PDF-1.4\n% Informationssikkerhedspolitik\n%%EOF\n');

async function withBilag(openFile?: (path: string) => Promise<void>) {
  const dir = await tempDir();
  const app = await openApp(dir, { openFile });
  const committee = await createCommittee(app.service);
  let m = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
  m = await app.service['items.add']({ meetingId: m.id, title: 'Introduktion - IT og digitalisering' });
  const item = m.items[0]!;
  m = await app.service['attachments.add']({ meetingId: m.id, itemId: item.id, name: 'Informationssikkerhedspolitik_#204277-25.pdf', mimeType: 'application/pdf', base64: PDF.toString('base64') });
  return { dir, app, meetingId: m.id, itemId: item.id, attachment: m.items[0]!.attachments[0]! };
}

describe('bilag', () => {
  it('are copied into the data directory under their hash, once per content', async () => {
    const { dir, app, meetingId, itemId, attachment } = await withBilag();
    expect(attachment).toMatchObject({ name: 'Informationssikkerhedspolitik_#204277-25.pdf', closed: false, file: { size: PDF.length, mimeType: 'application/pdf' } });
    await app.service['attachments.add']({ meetingId, itemId, name: 'Samme fil igen.pdf', base64: PDF.toString('base64') });
    expect(await readdir(join(dir, 'bilag'))).toEqual([attachment.file!.sha256]);
    await app.close();
  });

  it('open with the system viewer where there is one, on a copy under the bilag’s own name', async () => {
    const opened: string[] = [];
    const { app, meetingId, itemId, attachment } = await withBilag(async (path) => void opened.push(path));
    expect(await app.service['attachments.open']({ meetingId, itemId, attachmentId: attachment.id })).toEqual({ opened: true });
    expect(opened[0]).toMatch(/Informationssikkerhedspolitik_#204277-25\.pdf$/);
    await app.close();
  });

  it('come back for download where there is no viewer (the browser host)', async () => {
    const { app, meetingId, itemId, attachment } = await withBilag();
    const result = await app.service['attachments.open']({ meetingId, itemId, attachmentId: attachment.id });
    expect(result).toMatchObject({ opened: false, mimeType: 'application/pdf' });
    expect('base64' in result && Buffer.from(result.base64, 'base64')).toEqual(PDF);
    await app.close();
  });

  it('an altered or missing file is detected and reported in Danish, not opened', async () => {
    const { dir, app, meetingId, itemId, attachment } = await withBilag(async () => undefined);
    await writeFile(join(dir, 'bilag', attachment.file!.sha256), Buffer.from('ændret'));
    await expect(app.service['attachments.open']({ meetingId, itemId, attachmentId: attachment.id })).rejects.toThrow('er ændret eller beskadiget');
    await rm(join(dir, 'bilag', attachment.file!.sha256));
    await expect(app.service['attachments.open']({ meetingId, itemId, attachmentId: attachment.id })).rejects.toThrow('mangler i datamappen');
    await app.close();
  });

  it('keep their file when the editor renames them or marks them closed', async () => {
    const { app, meetingId, itemId, attachment } = await withBilag();
    const m = await app.service['items.update']({ meetingId, itemId, patch: { attachments: [{ id: attachment.id, name: 'Politik.pdf', closed: true }, { name: 'Kun en titel' }] } });
    expect(m.items[0]!.attachments[0]).toEqual({ ...attachment, name: 'Politik.pdf', closed: true });
    expect(m.items[0]!.attachments[1]).toMatchObject({ name: 'Kun en titel', closed: false, file: null });
    await app.close();
  });
});

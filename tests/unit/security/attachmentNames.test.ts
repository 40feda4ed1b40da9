import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { attachmentOpening } from '../../../electron/core/security/attachmentOpening.ts';
import { safeFileName } from '../../../electron/core/security/safeFileName.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { createCommittee } from '../helpers/committeeFixture.ts';

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** The service with Electron's hooks faked: what was opened and what was saved where. */
async function withHooks(name: string, saveTo: string | null = '/home/sekretaer/Dokumenter/gemt') {
  const opened: string[] = [];
  const saved: string[] = [];
  const app = await openApp(await tempDir(), {
    openFile: async (path) => void opened.push(path),
    saveFile: async (suggested) => {
      saved.push(suggested);
      return saveTo && `${saveTo}/${suggested}`;
    },
  });
  const committee = await createCommittee(app.service);
  let m = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
  m = await app.service['items.add']({ meetingId: m.id, title: 'Bilag' });
  m = await app.service['attachments.add']({ meetingId: m.id, itemId: m.items[0]!.id, name, base64: Buffer.from('MZ\x90\x00 indhold').toString('base64') });
  const attachment = m.items[0]!.attachments[0]!;
  const open = () => app.service['attachments.open']({ meetingId: m.id, itemId: m.items[0]!.id, attachmentId: attachment.id });
  return { app, attachment, open, opened, saved };
}

describe('bilag file names', () => {
  it('Windows device names are prefixed, with or without an extension', () => {
    for (const name of ['CON', 'con.txt', 'NUL.pdf', 'nul.tar.gz', 'Aux.docx', 'PRN', 'COM1.xlsx', 'lpt9', 'COM¹.pdf', 'CONIN$', 'CON .txt']) {
      const safe = safeFileName(name);
      expect(safe.startsWith('_'), `${name} → ${safe}`).toBe(true);
    }
    expect(safeFileName('Concept.pdf')).toBe('Concept.pdf');
    expect(safeFileName('Nulpunkt.pdf')).toBe('Nulpunkt.pdf');
    expect(safeFileName('COM10.pdf')).toBe('COM10.pdf');
  });

  it('right-to-left overrides and other invisible or control characters are neutralised', () => {
    expect(safeFileName('faktura\u202Efdp.exe')).toBe('fakturafdp.exe');
    expect(safeFileName('a\u2066b\u2069c\u200F\u200Bd\uFEFF.pdf')).toBe('abcd.pdf');
    expect(safeFileName('linje1\nlinje2\t\u0000\u0085\u007F.txt')).toBe('linje1_linje2____.txt');
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j.pdf')).toBe('a_b_c_d_e_f_g_h_i_j.pdf');
    expect(safeFileName('halv\uD800surrogat.pdf')).toBe('halvsurrogat.pdf');
  });

  it('no hidden files, no .. and no trailing dots or spaces (Windows drops them: x.exe. is x.exe)', () => {
    expect(safeFileName('..')).toBe('bilag');
    expect(safeFileName('.bashrc')).toBe('bashrc');
    expect(safeFileName('evil.exe. . ')).toBe('evil.exe');
    expect(safeFileName('\u202E')).toBe('bilag');
    expect(safeFileName('Referat 3. februar 2026.pdf')).toBe('Referat 3. februar 2026.pdf');
  });

  it('a long name is shortened in its stem and keeps its extension, within 200 bytes', () => {
    const long = safeFileName(`${'Høringssvar fra MED-udvalget '.repeat(20)}.docx`);
    expect(long.endsWith('.docx')).toBe(true);
    expect(utf8(long)).toBeLessThanOrEqual(200);
    const emoji = safeFileName(`${'🙂'.repeat(100)}.pdf`);
    expect(emoji).toBe(`${'🙂'.repeat(49)}.pdf`);
  });

  it('the service stores a name without its disguise, and offers the download under the safe name', async () => {
    const app = await openApp(await tempDir());
    const committee = await createCommittee(app.service);
    let m = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03' });
    m = await app.service['items.add']({ meetingId: m.id, title: 'Bilag' });
    m = await app.service['attachments.add']({ meetingId: m.id, itemId: m.items[0]!.id, name: 'faktura\u202Efdp.exe', base64: Buffer.from('x').toString('base64') });
    m = await app.service['attachments.add']({ meetingId: m.id, itemId: m.items[0]!.id, name: 'CON.pdf', base64: Buffer.from('y').toString('base64') });
    const [disguised, device] = m.items[0]!.attachments;
    expect(disguised!.name).toBe('fakturafdp.exe');
    const download = await app.service['attachments.open']({ meetingId: m.id, itemId: m.items[0]!.id, attachmentId: device!.id });
    expect(download).toMatchObject({ opened: false, fileName: '_CON.pdf' });
    await app.close();
  });
});

describe('opening a bilag never launches a program', () => {
  const programs = ['exe', 'bat', 'cmd', 'com', 'msi', 'ps1', 'vbs', 'js', 'jar', 'sh', 'desktop', 'lnk', 'app', 'scr', 'hta', 'wsf', 'cpl', 'reg', 'pif', 'msc', 'url', 'appimage', 'run', 'py', 'command', 'docm', 'xlsm', 'html', 'svg', 'zip'];
  const documents = ['pdf', 'docx', 'doc', 'xlsx', 'pptx', 'odt', 'txt', 'csv', 'png', 'jpg', 'msg', 'eml'];

  it('decides by the safe name: programs, macro files, pages, archives and names without an extension are saved, documents open', () => {
    for (const ext of programs) expect(attachmentOpening(safeFileName(`Bilag.${ext}`)), ext).toBe('save');
    for (const ext of programs) expect(attachmentOpening(safeFileName(`Bilag.${ext.toUpperCase()}`)), ext).toBe('save');
    for (const ext of documents) expect(attachmentOpening(safeFileName(`Bilag.${ext}`)), ext).toBe('open');
    expect(attachmentOpening(safeFileName('Bilag'))).toBe('save');
    expect(attachmentOpening(safeFileName('faktura\u202Efdp.exe'))).toBe('save');
    expect(attachmentOpening(safeFileName('evil.exe.'))).toBe('save');
    expect(attachmentOpening(safeFileName('evil.pdf.exe'))).toBe('save');
  });

  it('in Electron a program is saved to the folder the user picks, never opened', async () => {
    for (const name of ['Opdatering.exe', 'Installer.msi', 'start.desktop', 'genvej.lnk', 'faktura\u202Efdp.exe']) {
      const { app, open, opened, saved } = await withHooks(name);
      const result = await open();
      expect(opened, name).toEqual([]);
      expect(saved).toHaveLength(1);
      expect(result).toMatchObject({ opened: false, savedTo: `/home/sekretaer/Dokumenter/gemt/${saved[0]}` });
      expect('message' in result && result.message).toContain('Referent åbner den ikke');
      await app.close();
    }
  });

  it('cancelling the save dialog saves nothing and opens nothing; a document still opens in its viewer', async () => {
    const cancelled = await withHooks('Opdatering.exe', null);
    expect(await cancelled.open()).toMatchObject({ opened: false, savedTo: null });
    expect(cancelled.opened).toEqual([]);
    await cancelled.app.close();
    const pdf = await withHooks('Budget.pdf');
    expect(await pdf.open()).toEqual({ opened: true });
    expect(pdf.opened[0]).toMatch(/Budget\.pdf$/);
    expect(pdf.saved).toEqual([]);
    await pdf.app.close();
  });
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type ReferentApp } from '../../../electron/core/openApp.ts';
import { AuditLog } from '../../../electron/core/audit/auditLog.ts';
import { itemHeadingText } from '../../../electron/core/export/itemHeadings.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { bilagPdf } from '../../fixtures/export/bilagPdf.ts';
import { pdfInfo, pdfOutline, pdfPages } from './pdfRead.ts';

const MEETING = 'kalundborg-direktionen-2026-03-16';

/**
 * Issue 15, point 14: the publication packet of a real protocol (Kalundborg,
 * with closed items) with bilag of every kind: PDFs, a Word file, a name
 * without a file, a closed bilag, a bilag of a closed item and one whose PDF
 * cannot be read. Exported through the service, read back with poppler and pdf-lib.
 */
describe('the publication packet', () => {
  let dir: string;
  let app: ReferentApp;
  let meeting: Meeting;
  const packets: Record<'offentlig' | 'fuld', { bytes: Buffer; fileName: string; pages: string[] }> = {} as never;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'referent-packet-'));
    app = await openApp(dir, { seedsDir: join(process.cwd(), 'seeds') });
    meeting = await app.service['meetings.get']({ meetingId: MEETING });
    const add = async (index: number, name: string, bytes: Buffer, mimeType = 'application/pdf') => {
      meeting = await app.service['attachments.add']({ meetingId: MEETING, itemId: meeting.items[index]!.id, name, mimeType, base64: bytes.toString('base64') });
    };
    await add(3, 'Oplæg KKR Sjælland.pdf', await bilagPdf('Oplaeg KKR', 2));
    await add(3, 'Tidsplan.docx', Buffer.from('PK\u0003\u0004 not really a docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    await add(3, 'Fortroligt notat.pdf', await bilagPdf('Fortroligt notat', 1));
    await add(3, 'Skannet brev.pdf', Buffer.from('%PDF-1.7 this is no PDF after all'));
    await add(0, 'Lukket oplæg.pdf', await bilagPdf('Lukket oplaeg', 1));
    await add(7, 'Referat fra KKR.pdf', await bilagPdf('Referat fra KKR', 3));
    const item4 = meeting.items[3]!;
    meeting = await app.service['items.update']({
      meetingId: MEETING,
      itemId: item4.id,
      patch: { attachments: [...item4.attachments.map((a) => ({ id: a.id, name: a.name, closed: a.name === 'Fortroligt notat.pdf' })), { name: 'Økonomiaftalen 2026' }] },
    });
    for (const audience of ['offentlig', 'fuld'] as const) {
      const result = await app.service['export.file']({ meetingId: MEETING, audience, format: 'packet' });
      if (result.kind !== 'download') throw new Error('expected a download');
      const bytes = Buffer.from(result.base64, 'base64');
      packets[audience] = { bytes, fileName: result.fileName, pages: pdfPages(bytes) };
    }
  }, 600_000);

  afterAll(async () => {
    await app?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is one PDF named after the document, with `Side N af T` on every page', () => {
    expect(packets.offentlig.fileName).toBe('Referat Direktionen 16-03-2026 (offentlig) med bilag.pdf');
    expect(packets.fuld.fileName).toBe('Referat Direktionen 16-03-2026 med bilag.pdf');
    for (const { bytes, pages } of Object.values(packets)) {
      expect(Number(pdfInfo(bytes).Pages)).toBe(pages.length);
      pages.forEach((text, i) => expect(text, `page ${i + 1}`).toMatch(new RegExp(`Side ${i + 1} af ${pages.length}\\s*$`)));
    }
  });

  it('puts the document first, then the bilag listing, then each PDF bilag whole, with what it is a bilag to on each page', () => {
    const { pages } = packets.offentlig;
    const listing = pages.findIndex((p) => /^\s*Bilag\s*\n\s*Bilagene til referatet/.test(p));
    expect(listing).toBeGreaterThan(2);
    expect(pages[0]).toContain('REFERAT Direktionen');
    expect(pages.slice(listing + 1).map((p) => /^\s*(\S.*?) side \d/.exec(p)?.[1])).toEqual(['Oplaeg KKR', 'Oplaeg KKR', 'Referat fra KKR', 'Referat fra KKR', 'Referat fra KKR']);
    expect(pages[listing + 1]).toContain('Bilag til punkt 4: Oplæg KKR Sjælland.pdf');
    expect(pages[listing + 3]).toContain('Bilag til punkt 8: Referat fra KKR.pdf');
    const text = pages[listing]!.replace(/\s+/g, ' ');
    expect(text).toContain(`Oplæg KKR Sjælland.pdf side ${listing + 2}`);
    expect(text).toContain('Tidsplan.docx kun navnet (ikke en PDF)');
    expect(text).toContain('Skannet brev.pdf kun navnet (PDF-filen kan ikke læses)');
    expect(text).toContain('Økonomiaftalen 2026 kun navnet (ingen fil)');
    expect(text).toContain(`Punkt 8: Eventuelt Referat fra KKR.pdf side ${listing + 4}`);
  });

  it('leaves closed items’ bilag and closed bilag out of the public packet, and keeps them in the full one', () => {
    const publicText = packets.offentlig.pages.join('\n');
    for (const name of ['Fortroligt notat', 'Lukket oplæg', 'Lukket oplaeg']) expect(publicText).not.toContain(name);
    const fullText = packets.fuld.pages.join('\n');
    expect(fullText).toContain('Fortroligt notat side 1');
    expect(fullText).toContain('Lukket oplaeg side 1');
    expect(fullText).toContain('Bilag til punkt 1: Lukket oplæg.pdf');
  });

  it('has a bookmark per item and per bilag, each at its page', async () => {
    const outline = await pdfOutline(packets.offentlig.bytes);
    const { pages } = packets.offentlig;
    const items = meeting.items.map((item, index) => itemHeadingText(meeting, item, index, 'offentlig'));
    expect(outline.slice(0, items.length).map((e) => e.title)).toEqual(items);
    for (const entry of outline.slice(0, items.length)) expect(pages[entry.page - 1]).toContain(entry.title.slice(0, 40));
    const bilag = outline.at(-1)!;
    expect(bilag.title).toBe('Bilag');
    expect(bilag.kids.map((k) => k.title)).toEqual([
      'Punkt 4: Oplæg KKR Sjælland.pdf',
      'Punkt 4: Tidsplan.docx',
      'Punkt 4: Skannet brev.pdf',
      'Punkt 4: Økonomiaftalen 2026',
      'Punkt 8: Referat fra KKR.pdf',
    ]);
    expect(pages[bilag.kids[0]!.page - 1]).toContain('Oplaeg KKR side 1');
    expect(pages[bilag.kids[4]!.page - 1]).toContain('Referat fra KKR side 1');
    // A bilag only named points at the listing.
    expect(bilag.kids[1]!.page).toBe(bilag.page);
  });

  it('keeps the document’s tags, title and language', () => {
    const info = pdfInfo(packets.offentlig.bytes);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('REFERAT Direktionen d. 16-03-2026');
  });

  it('is logged as an export of the packet, and names a bilag file that was altered as only named', async () => {
    const audit = await AuditLog.open(dir);
    expect((await audit.entries(MEETING)).filter((e) => e.action === 'eksporteret').map((e) => [e.details.format, e.details.audience])).toEqual([
      ['packet', 'offentlig'],
      ['packet', 'fuld'],
    ]);
    const altered = meeting.items[7]!.attachments[0]!.file!;
    await writeFile(join(dir, altered.path), Buffer.concat([await readFile(join(dir, altered.path)), Buffer.from('\n% tilføjet')]));
    const result = await app.service['export.file']({ meetingId: MEETING, audience: 'fuld', format: 'packet' });
    if (result.kind !== 'download') throw new Error('expected a download');
    const text = pdfPages(Buffer.from(result.base64, 'base64')).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Referat fra KKR.pdf kun navnet (filen er ændret)');
    expect(text).not.toContain('Referat fra KKR side 1');
    // The public version does not leave with an altered bilag: the check finds it.
    await expect(app.service['export.file']({ meetingId: MEETING, audience: 'offentlig', format: 'packet' })).rejects.toThrow(/tjek før udsendelse fandt 1 fejl/);
  }, 300_000);
});

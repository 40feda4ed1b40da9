import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { tempDir } from '../helpers/tempDir.ts';

const MEETING = 'haderslev-obu-2026-02-03';

async function seeded(hooks: Parameters<typeof openApp>[1] = {}) {
  const dir = await tempDir();
  await cp(join(process.cwd(), 'seeds'), dir, { recursive: true });
  return openApp(dir, hooks);
}

describe('export.file', () => {
  it('comes back for download where there is no save dialog (the browser host)', async () => {
    const app = await seeded();
    const result = await app.service['export.file']({ meetingId: MEETING, variant: 'dagsorden', audience: 'offentlig' });
    expect(result).toMatchObject({ kind: 'download', fileName: 'Dagsorden Organisations- og Beredskabsudvalget 03-02-2026 (offentlig).docx' });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(result.kind === 'download' ? result.base64 : '', 'base64') });
    expect(value).toContain('DAGSORDEN Organisations- og Beredskabsudvalget d.\u00a003\u201102\u20112026');
    await app.close();
  });

  it('saves through the dialog, then opens or shows only the files it saved', async () => {
    const target = join(await tempDir(), 'referat.docx');
    const opened: string[] = [];
    const shown: string[] = [];
    const app = await seeded({
      saveFile: async (name, bytes) => {
        expect(name).toBe('Referat Organisations- og Beredskabsudvalget 03-02-2026.docx');
        await import('node:fs/promises').then((fs) => fs.writeFile(target, bytes));
        return target;
      },
      openFile: async (path) => void opened.push(path),
      showInFolder: (path) => void shown.push(path),
    });
    const result = await app.service['export.file']({ meetingId: MEETING });
    expect(result).toEqual({ kind: 'saved', fileName: 'Referat Organisations- og Beredskabsudvalget 03-02-2026.docx', path: target });
    expect((await readFile(target)).subarray(0, 2).toString()).toBe('PK');
    await app.service['files.open']({ path: target });
    await app.service['files.showInFolder']({ path: target });
    expect([opened, shown]).toEqual([[target], [target]]);
    await expect(app.service['files.open']({ path: '/etc/passwd' })).rejects.toThrow('Kun filer, som Referent selv har gemt');
    const status = await app.service['approvals.status']({ meetingId: MEETING });
    expect(status.audit.at(-1)).toMatchObject({ action: 'eksporteret', details: { format: 'docx', variant: 'referat' } });
    await app.close();
  });

  it('a cancelled save dialog writes nothing and logs nothing', async () => {
    const app = await seeded({ saveFile: async () => null });
    expect(await app.service['export.file']({ meetingId: MEETING })).toEqual({ kind: 'cancelled' });
    expect((await app.service['approvals.status']({ meetingId: MEETING })).audit.some((a) => a.action === 'eksporteret')).toBe(false);
    await app.close();
  });

  it('prints PDF with the desktop’s printer from an HTML page of the same document', async () => {
    let html = '';
    const app = await seeded({ renderPdf: async (page) => ((html = page), Buffer.from('%PDF-1.7 test')) });
    const result = await app.service['export.file']({ meetingId: MEETING, format: 'pdf' });
    expect(result).toMatchObject({ kind: 'download', fileName: 'Referat Organisations- og Beredskabsudvalget 03-02-2026.pdf', mimeType: 'application/pdf' });
    expect(html).toContain('Punkt 13: Kommissorier til budgetanalyser');
    expect(html).toContain('Beslutning i Organisations- og Beredskabsudvalget den 03-02-2026');
    expect(html).not.toMatch(/<script/i);
    await app.close();
  });

  it('uses LibreOffice for PDF where there is no desktop printer (browser host, CLI)', async () => {
    const app = await seeded();
    const result = await app.service['export.file']({ meetingId: MEETING, format: 'pdf' });
    expect(result.kind === 'download' && Buffer.from(result.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    await app.close();
  }, 60_000);
});

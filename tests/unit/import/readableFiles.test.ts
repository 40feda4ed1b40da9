import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { ReadableFiles } from '../../../electron/core/import/readableFiles.ts';
import * as reader from '../../../electron/core/import/readImportFile.ts';
import { tempDir } from '../helpers/tempDir.ts';

// The reader itself runs as ever; the spy only counts how often a file is read.
vi.mock(import('../../../electron/core/import/readImportFile.ts'), async (load) => {
  const real = await load();
  return { ...real, readImportFile: vi.fn(real.readImportFile) };
});

const COUNCIL = join(import.meta.dirname, '../../fixtures/import/council');

describe('files read as a document, remembered by content', () => {
  it('remembers the format of the last few, forgets the oldest', () => {
    const files = new ReadableFiles(2);
    files.remember('a', 'pdf');
    files.remember('b', 'docx');
    expect(files.formatOf('a')).toBe('pdf');
    expect(files.formatOf('b')).toBe('docx');
    expect(files.formatOf('c')).toBeNull();
    files.remember('a', 'pdf');
    files.remember('c', 'pdf');
    // 'a' was read again after 'b', so 'b' is the oldest.
    expect(files.formatOf('b')).toBeNull();
    expect(files.formatOf('a')).toBe('pdf');
    expect(files.formatOf('c')).toBe('pdf');
  });

  it('a commit of the bytes just analysed does not read them again; other bytes are read and must be a document', async () => {
    const read = vi.mocked(reader.readImportFile);
    const app = await openApp(await tempDir());
    try {
      const base64 = readFileSync(join(COUNCIL, 'haderslev-obu-2026-02-03-fed.pdf')).toString('base64');
      read.mockClear();
      const analysis = await app.service['import.analyse']({ fileName: 'referat.pdf', base64 });
      expect(read).toHaveBeenCalledTimes(1);
      const committee = { kind: 'ny' as const, name: analysis.proposedCommittee.name, template: analysis.proposedCommittee.template };
      const { meeting } = await app.service['import.commit']({ fileName: 'referat.pdf', base64, meeting: analysis.meeting, committee });
      expect(read).toHaveBeenCalledTimes(1);
      expect(meeting.imported?.format).toBe('pdf');

      // The same structure sent with a file nobody analysed: it is read, and refused as no document.
      const other = Buffer.from('%PDF-1.7\nnot really a PDF').toString('base64');
      await expect(app.service['import.commit']({ fileName: 'andet.pdf', base64: other, meeting: analysis.meeting, committee })).rejects.toThrow();
      expect(read).toHaveBeenCalledTimes(2);
      expect(app.store.meetings()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });
});

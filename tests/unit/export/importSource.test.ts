import { describe, expect, it } from 'vitest';
import { importSourceAttachmentName, isImportSource } from '../../../shared/domain/importSource.ts';

const sha = 'a'.repeat(64);
const imported = { fileName: 'referat.pdf', sha256: sha, format: 'pdf' as const, documentKind: 'referat' as const, importedAt: '2026-03-20T10:00:00.000Z' };
const file = { path: `bilag/${sha}`, sha256: sha, size: 10, mimeType: 'application/pdf' };
const source = { name: importSourceAttachmentName('referat.pdf'), closed: true, file };

describe('the imported source document is left off the bilag list only where and as the import made it', () => {
  it('the first item’s closed bilag with the import’s name and hash is the source', () => {
    expect(isImportSource({ imported }, 0, source)).toBe(true);
  });

  it('`imported` is not approved content, so pointing it at another bilag takes nothing off the list', () => {
    // A bilag on a later item, an open one, or one with another name: printed, whatever hash `imported` names.
    expect(isImportSource({ imported }, 3, source)).toBe(false);
    expect(isImportSource({ imported }, 0, { ...source, closed: false })).toBe(false);
    expect(isImportSource({ imported }, 0, { ...source, name: 'Bilag 2 - Revisionens notat.pdf' })).toBe(false);
    expect(isImportSource({ imported: { ...imported, sha256: 'b'.repeat(64) } }, 0, source)).toBe(false);
    expect(isImportSource({ imported: null }, 0, source)).toBe(false);
  });
});

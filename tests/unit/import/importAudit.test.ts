import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { tempDir } from '../helpers/tempDir.ts';

const COUNCIL = join(import.meta.dirname, '../../fixtures/import/council');

describe('the import in the audit log', () => {
  it('logs the imported meeting with the file name and SHA-256, in the same transaction as the meeting', async () => {
    const dir = await tempDir();
    const app = await openApp(dir);
    const bytes = readFileSync(join(COUNCIL, 'albertslund-chefforum-2026-01-28-overskrifter.docx'));
    const base64 = bytes.toString('base64');
    const analysis = await app.service['import.analyse']({ fileName: 'referat.docx', base64 });
    const { meeting, committee } = await app.service['import.commit']({ fileName: 'referat.docx', base64, meeting: analysis.meeting, committee: { kind: 'ny', name: 'Chefforum' } });
    await app.close();

    const entries = (await readFile(join(dir, 'audit.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { action: string; meetingId: string | null; details: Record<string, unknown> });
    const imported = entries.filter((e) => e.action === 'moede_importeret');
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({
      meetingId: meeting.id,
      details: {
        fileName: 'referat.docx',
        sha256: createHash('sha256').update(bytes).digest('hex'),
        format: 'docx',
        documentKind: analysis.meeting.documentKind,
        committeeId: committee.id,
        committeeCreated: true,
        items: meeting.items.length,
      },
    });
    // After the meeting's creation, as the store writes it.
    const created = entries.findIndex((e) => e.action === 'moede_oprettet' && e.meetingId === meeting.id);
    expect(created).toBeGreaterThanOrEqual(0);
    expect(entries.indexOf(imported[0]!)).toBeGreaterThan(created);
  });
});

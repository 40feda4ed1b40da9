import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildReferatDocx, referatDocument } from '../../../electron/core/export/buildReferatDocx.ts';
import { docxLayoutLoaded, loadDocxLayout } from '../../../electron/core/export/docxLayout.ts';
import { fixtureCommittee, fixtureMeeting, styledFixtureCommittee } from '../../fixtures/export/referatFixture.ts';
import { cachedPageRefs, zipEntries } from './zipEntries.ts';

const pageRefs = (docx: Buffer) => cachedPageRefs(zipEntries(docx).get('word/document.xml')!);

/**
 * docx's general layout is 1.7 MB of code and font tables, loaded only when
 * our own layout hands a document over; this file runs in a module scope of
 * its own, so nothing has loaded it before the first test.
 */
describe('docx’s layout, loaded on demand', () => {
  it('is not loaded for a document our layout numbers alone', async () => {
    const docx = await buildReferatDocx({ committee: fixtureCommittee(), meeting: fixtureMeeting() });
    expect(pageRefs(docx).size).toBeGreaterThan(0);
    expect(docxLayoutLoaded()).toBe(false);
  });

  it('is loaded when our layout hands a document over, which is then numbered as docx’s layout numbers it', async () => {
    const input = { committee: styledFixtureCommittee('Georgia'), meeting: fixtureMeeting() };
    const used: string[] = [];
    const ours = await buildReferatDocx(input);
    expect(docxLayoutLoaded()).toBe(true);
    const refs = pageRefs(ours);
    expect(refs.size).toBeGreaterThan(0);
    await loadDocxLayout();
    const theirs = await Packer.toBuffer(referatDocument(input, { pageNumbers: 'docx' }));
    expect([...refs]).toEqual([...pageRefs(theirs)]);
    await Packer.toBuffer(referatDocument(input, { onLayout: (how, why) => used.push(`${how}: ${why}`) }));
    expect(used).toEqual(['fallback: text in Georgia']);
  });
});

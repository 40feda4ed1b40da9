import validate from '@ooxml-tools/validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReferatDocx } from '../../../electron/core/export/buildReferatDocx.ts';
import { fixtureCommittee, fixtureMeeting, GENERATED_AT, styledFixtureCommittee } from '../../fixtures/export/referatFixture.ts';
import { COMBOS, comboName, seedInputs, type Input } from './seedInputs.ts';
import { zipEntries } from './zipEntries.ts';

/**
 * Validates the exported files with the Open XML SDK's validator (the
 * `OpenXmlValidator` Word's own tooling uses, compiled to WebAssembly by
 * @ooxml-tools/validate, so it runs offline with no .NET install): every part
 * against the ECMA-376 / Office schemas plus the SDK's semantic constraints,
 * for the Microsoft 365 file format.
 */
async function errorsOf(buffer: Buffer): Promise<string[]> {
  const results = await validate(new Uint8Array(buffer), 'docx', 'Microsoft365');
  return results.map((r) => `${r.path.partUri} ${r.path.xpath}: ${r.description}`);
}

describe('OOXML validation (Open XML SDK validator)', () => {
  const files: Record<string, Buffer> = {};

  beforeAll(async () => {
    const inputs: Record<string, Input> = {
      fixture: { committee: fixtureCommittee('medUdvalgOgDato'), meeting: fixtureMeeting() },
      fixtureSignatureItem: { committee: fixtureCommittee('kort'), meeting: fixtureMeeting({ withSignatureItem: true, committee: fixtureCommittee('kort') }) },
      ...seedInputs(),
    };
    for (const [name, input] of Object.entries(inputs)) {
      for (const combo of COMBOS) files[`${name}/${comboName(combo)}`] = await buildReferatDocx({ ...input, ...combo, generatedAt: GENERATED_AT });
    }
    for (const font of ['Calibri', 'Garamond'] as const) {
      files[`fixture with logo, ${font}`] = await buildReferatDocx({ committee: styledFixtureCommittee(font), meeting: fixtureMeeting(), generatedAt: GENERATED_AT });
    }
  }, 120_000);

  it('finds 0 errors in every variant of the fixture and the seeds, and with a logo', async () => {
    expect(Object.keys(files)).toHaveLength(22);
    const errors: Record<string, string[]> = {};
    for (const [name, buffer] of Object.entries(files)) {
      const found = await errorsOf(buffer);
      if (found.length > 0) errors[name] = found;
    }
    expect(errors).toEqual({});
  }, 120_000);

  it('does report a schema error (the validator is really checking)', async () => {
    const good = files['fixture/referat-fuld']!;
    const parts = zipEntries(good);
    expect(parts.get('word/document.xml')).toContain('<w:body>');
    const broken = await rezip(good, 'word/document.xml', (xml) => xml.replace('<w:body>', '<w:body><w:p><w:pPr><w:bogus/></w:pPr></w:p>'));
    const found = await errorsOf(broken);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("invalid child element 'http://schemas.openxmlformats.org/wordprocessingml/2006/main:bogus'");
  }, 60_000);
});

/** The same package with one part changed, through docx's own zip library (JSZip, a dependency of docx). */
async function rezip(zip: Buffer, part: string, change: (xml: string) => string): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const archive = await JSZip.loadAsync(zip);
  archive.file(part, change(await archive.file(part)!.async('string')));
  return archive.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

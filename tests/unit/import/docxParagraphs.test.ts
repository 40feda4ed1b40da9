import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReferatDocx } from '../../../electron/core/export/buildReferatDocx.ts';
import { PARAGRAPH_MARK, readDocxParagraphs } from '../../../electron/core/import/docxParagraphs.ts';
import { parseXml, W_NS } from '../../../electron/core/import/docxXml.ts';
import { readDocx } from '../../../electron/core/import/readDocx.ts';
import { fixtureCommittee, fixtureMeeting, GENERATED_AT } from '../../fixtures/export/referatFixture.ts';

const W = `xmlns:w="${W_NS}"`;

describe('document.xml in one streaming pass', () => {
  it('reads each paragraph’s own properties in document order, not a tracked change’s old ones nor a run’s', () => {
    const xml = `<?xml version="1.0"?><w:document ${W}><w:body>
      <w:p><w:pPr><w:pStyle w:val="Heading2"/><w:outlineLvl w:val="1"/><w:pPrChange w:id="1"><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>Indstilling</w:t></w:r></w:p>
      <w:p/>
      <w:tbl><w:tr><w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="7"/></w:numPr><w:ind w:left="1440" w:hanging="360"/><w:pageBreakBefore/></w:pPr></w:p></w:tc></w:tr></w:tbl>
      <w:p><w:pPr><w:pageBreakBefore w:val="0"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>x</w:t></w:r></w:p>
    </w:body></w:document>`;
    const { paragraphs } = readDocxParagraphs(xml);
    expect(paragraphs).toEqual([
      { styleId: 'Heading2', numId: null, ilvl: null, left: null, hanging: null, outlineLevel: 1, pageBreakBefore: false },
      { styleId: null, numId: null, ilvl: null, left: null, hanging: null, outlineLevel: null, pageBreakBefore: false },
      { styleId: null, numId: '7', ilvl: 2, left: 1440, hanging: 360, outlineLevel: null, pageBreakBefore: true },
      { styleId: null, numId: null, ilvl: null, left: null, hanging: null, outlineLevel: null, pageBreakBefore: false },
    ]);
  });

  it('puts a bookmark at the start of every paragraph, an empty one included, in the WordprocessingML namespace whatever the prefix', () => {
    const xml = `<ns0:document xmlns:ns0="${W_NS}"><ns0:body><ns0:p a="1 &gt; 0"><ns0:r><ns0:t>Æ😀</ns0:t></ns0:r></ns0:p><ns0:p/><ns0:p ><ns0:pPr/></ns0:p></ns0:body></ns0:document>`;
    const { tagged } = readDocxParagraphs(xml);
    const paragraphs = Array.from({ length: 3 }, (_, i) => parseXml(tagged).getElementsByTagNameNS(W_NS, 'p').item(i)!);
    expect(paragraphs.map((p) => (p.firstChild as Element).namespaceURI)).toEqual([W_NS, W_NS, W_NS]);
    expect(paragraphs.map((p) => (p.firstChild as Element).getAttributeNS(W_NS, 'name'))).toEqual([0, 1, 2].map((i) => `${PARAGRAPH_MARK}${i}`));
    expect(paragraphs[0]!.textContent).toBe('Æ😀');
    // Everything else is as it was.
    expect(tagged.replace(/<rfx:bookmarkStart[^>]*\/>/g, '').replace('<ns0:p></ns0:p>', '<ns0:p/>')).toBe(xml);
  });

  it('refuses XML that is not well-formed', () => {
    expect(() => readDocxParagraphs(`<w:document ${W}><w:body><w:p></w:body></w:document>`)).toThrow();
    expect(() => readDocxParagraphs(`<w:document><w:body/></w:document>`)).toThrow();
  });

  it('reads a DOCX whose WordprocessingML prefix is not w: as it reads the same DOCX with w:', async () => {
    const docx = await buildReferatDocx({ committee: fixtureCommittee(), meeting: fixtureMeeting(), generatedAt: GENERATED_AT });
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace(/xmlns:w=/g, 'xmlns:ns0=').replace(/(<\/?|\s)w:/g, '$1ns0:'));
    const renamed = await zip.generateAsync({ type: 'nodebuffer' });
    const [a, b] = await Promise.all([readDocx(docx), readDocx(renamed)]);
    expect(b.blocks.length).toBeGreaterThan(100);
    expect(b).toEqual(a);
  });
});

import validate from '@ooxml-tools/validate';
import { describe, expect, it } from 'vitest';
import { buildReferatDocx } from '../../../electron/core/export/buildReferatDocx.ts';
import { corePropertiesXml } from '../../../electron/core/export/corePropertiesXml.ts';
import { cleanText } from '../../../electron/core/export/textRuns.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { fixtureCommittee, fixtureMeeting, GENERATED_AT, link, p, t } from '../../fixtures/export/referatFixture.ts';
import { zipEntries } from '../export/zipEntries.ts';

/** Everything XML 1.0 forbids, and half surrogate pairs (which become U+FFFD at best): none may reach a part. */
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Each forbidden character, between ordinary letters so it is easy to see where it went. */
const NASTY = 'Æ\uFFFEØ\uFFFFÅ\uD800a\uDC00b\u0000c\u0001d\u000Be\u001Ff';
const STRIPPED = 'ÆØÅabcdef';
/**
 * What a hand-edited store can hold and still export: half a surrogate pair
 * cannot be fingerprinted (RFC 8785 refuses it), so the API refuses it up front.
 */
const STORED = 'Æ\uFFFEØ\uFFFFÅab\u0000c\u0001d\u000Be\u001Ff';

/** A store edited by hand (the API refuses these characters): every printed field carries them. */
function pollutedInput(): { committee: Committee; meeting: Meeting } {
  const committee = fixtureCommittee();
  committee.name = `Økonomiudvalget ${STORED}`;
  committee.members[0]!.name = `Holger ${STORED}`;
  const meeting = fixtureMeeting({ committee });
  meeting.location = `Rådhuset ${STORED}`;
  const item = meeting.items[0]!;
  item.title = `Budget ${STORED}`;
  item.caseNumber = `26/${STORED}`;
  item.attachments = [{ id: 'b1', name: `Bilag ${STORED}.pdf`, closed: false, file: null }];
  item.remarks = [{ memberId: 'm1', text: `Bemærkning ${STORED}` }];
  item.sections[0]!.body = { type: 'doc', content: [p(t(`Tekst ${STORED}`), link(`Link ${STORED}`, `https://example.dk/${STORED}`))] };
  return { committee, meeting };
}

describe('characters XML forbids never reach the DOCX', () => {
  it('are taken out where runs are made and in docProps/core.xml', () => {
    expect(cleanText(NASTY)).toBe(STRIPPED);
    const core = corePropertiesXml({ title: NASTY, subject: NASTY, creator: NASTY, description: NASTY, at: GENERATED_AT });
    expect(core).not.toMatch(XML_ILLEGAL);
    expect(core).toContain(`<dc:title>${STRIPPED}</dc:title>`);
  });

  it('a protocol full of them exports as well-formed, valid OOXML with the text otherwise intact', async () => {
    const { committee, meeting } = pollutedInput();
    const docx = await buildReferatDocx({ committee, meeting, generatedAt: GENERATED_AT });
    const parts = zipEntries(docx);
    for (const [name, xml] of parts) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
      expect(XML_ILLEGAL.exec(xml)?.[0], name).toBeUndefined();
    }
    expect(parts.get('docProps/core.xml')).toContain(`Økonomiudvalget ${STRIPPED}`);
    expect(parts.get('word/document.xml')).toContain(`Budget ${STRIPPED}`);
    expect(parts.get('word/_rels/document.xml.rels')).toContain(`https://example.dk/${STRIPPED}`);
    const errors = await validate(new Uint8Array(docx), 'docx', 'Microsoft365');
    expect(errors.map((e) => `${e.path.partUri}: ${e.description}`)).toEqual([]);
  }, 60_000);
});

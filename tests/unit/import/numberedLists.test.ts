import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReferatDocx } from '../../../electron/core/export/buildReferatDocx.ts';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { RichDoc, RichNode } from '../../../shared/text/richText.ts';
import { doc, fixtureCommittee, fixtureMeeting, GENERATED_AT, numbered, p } from '../../fixtures/export/referatFixture.ts';
import { docxToPdfFiles } from './docxToPdfFiles.ts';
import { importTarget } from './roundTrip.ts';

/**
 * A numbered Indstilling must come back as one numbered list, whichever way
 * the document numbers it: the bug was every point imported as a list of its
 * own, shown as "1." in front of each.
 */
const POINTS = ['dagsordenen godkendes.', 'referatet fra sidste møde godkendes.', 'næste møde holdes den 3. marts.'];
const INTRO = 'Kommunaldirektøren indstiller, at';

function meetingWith(indstilling: RichDoc): Meeting {
  const meeting = fixtureMeeting();
  const first = meeting.items[0]!;
  first.sections = first.sections.map((s) => (s.title === 'Indstilling' ? { ...s, body: indstilling } : s));
  return meeting;
}

/** The shape of the section's blocks: `ol(start)[items]`, `ul[items]`, or the block's type. */
function shape(body: RichDoc): string[] {
  return (body.content ?? []).map((n: RichNode) => (n.type === 'orderedList' ? `ol(${String(n.attrs?.start)})[${n.content?.length}]` : n.type === 'bulletList' ? `ul[${n.content?.length}]` : n.type));
}

const itemTexts = (list: RichNode | undefined): string[] => (list?.content ?? []).map((li) => (li.content?.[0]?.content ?? []).map((t) => t.text ?? '').join(''));

/**
 * The exported DOCX as Word often saves the same list: each point with a
 * w:num of its own on the list's definition, none restarting the count (a
 * point pasted in, or "continue numbering"). Word prints 1., 2., 3.
 */
async function eachPointItsOwnNum(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  const numbering = await zip.file('word/numbering.xml')!.async('string');
  const at = xml.indexOf(POINTS[0]!);
  const numId = /<w:numId w:val="(\d+)"\/>/.exec(xml.slice(xml.lastIndexOf('<w:p>', at), at))![1]!;
  const abstractId = new RegExp(`<w:num w:numId="${numId}"[^>]*><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)![1]!;
  let k = 0;
  const ids = [numId, '9001', '9002'];
  const document = xml.replace(new RegExp(`<w:numId w:val="${numId}"/>`, 'g'), () => `<w:numId w:val="${ids[k++]}"/>`);
  expect(k).toBe(3);
  const nums = ['9001', '9002'].map((id) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/></w:num>`).join('');
  zip.file('word/document.xml', document);
  zip.file('word/numbering.xml', numbering.replace('</w:numbering>', `${nums}</w:numbering>`));
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('a numbered Indstilling of three points, imported and stored', () => {
  const committee = fixtureCommittee();
  const listed = meetingWith(doc(p(INTRO), numbered(1, ...POINTS)));
  const twoLists = meetingWith(doc(p(INTRO), numbered(1, POINTS[0]!, POINTS[1]!), numbered(1, POINTS[2]!)));
  const files: Record<string, Buffer> = {};
  let target: Awaited<ReturnType<typeof importTarget>>;

  /** Imports a file through the service, as the app does, and returns the stored Indstilling of the first item. */
  const stored = async (name: string, bytes: Buffer): Promise<{ body: RichDoc; meeting: Meeting; committee: Committee }> => {
    const fileName = name;
    const base64 = bytes.toString('base64');
    const analysis = await target.app.service['import.analyse']({ fileName, base64 });
    const { meeting, committee: into } = await target.app.service['import.commit']({
      fileName,
      base64,
      meeting: analysis.meeting,
      committee: { kind: 'ny', name: analysis.proposedCommittee.name || 'Ukendt udvalg', template: analysis.proposedCommittee.template },
    });
    const section = meeting.items[0]!.sections.find((s) => s.title === 'Indstilling');
    expect(section, name).toBeDefined();
    return { body: section!.body, meeting, committee: into };
  };

  beforeAll(async () => {
    target = await importTarget();
    files.exported = await buildReferatDocx({ committee, meeting: listed, generatedAt: GENERATED_AT });
    files.ownNums = await eachPointItsOwnNum(files.exported);
    files.twoLists = await buildReferatDocx({ committee, meeting: twoLists, generatedAt: GENERATED_AT });
    Object.assign(files, Object.fromEntries(Object.entries(docxToPdfFiles({ exported: files.exported, ownNums: files.ownNums })).map(([k, v]) => [`${k}Pdf`, v])));
  }, 300_000);
  afterAll(() => target.dispose());

  it('DOCX and PDF: one ordered list of the three points, starting at 1, after the intro', async () => {
    for (const [name, ext] of [
      ['exported', 'docx'],
      ['ownNums', 'docx'],
      ['exportedPdf', 'pdf'],
      ['ownNumsPdf', 'pdf'],
    ] as const) {
      const { body } = await stored(`${name}.${ext}`, files[name]!);
      expect(shape(body), name).toEqual(['paragraph', 'ol(1)[3]']);
      expect(itemTexts(body.content![1]), name).toEqual(POINTS);
    }
  });

  it('a point of its own w:num that restarts the count is a list of its own (two lists stay two)', async () => {
    const { body } = await stored('twoLists.docx', files.twoLists!);
    expect(shape(body)).toEqual(['paragraph', 'ol(1)[2]', 'ol(1)[1]']);
  });

  it('exported again from the store and imported again, it is still one list of three (DOCX and PDF)', async () => {
    const first = await stored('ownNums.docx', files.ownNums!);
    const again = await buildReferatDocx({ committee: first.committee, meeting: first.meeting, generatedAt: GENERATED_AT });
    const againPdf = docxToPdfFiles({ again }).again!;
    for (const [name, bytes] of [
      ['again.docx', again],
      ['again.pdf', againPdf],
    ] as const) {
      const { body } = await stored(name, bytes);
      expect(shape(body), name).toEqual(['paragraph', 'ol(1)[3]']);
      expect(itemTexts(body.content![1]), name).toEqual(POINTS);
    }
  }, 300_000);
});

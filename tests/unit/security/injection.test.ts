import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { tempDir } from '../helpers/tempDir.ts';

const PAYLOADS = [
  '<script>alert("xss")</script>',
  '<img src=x onerror=alert(1)>',
  ']]></w:t></w:r><w:r><w:t>indsprøjtet',
  '"><w:p/><!--',
  '{{constructor.constructor("return process")()}}',
];

describe('script and markup in text fields stay inert in the DOCX', () => {
  it('every field prints the payload as literal text and the document stays well-formed', async () => {
    const app = await openApp(await tempDir());
    const committee = await app.service['committees.create']({
      name: `Udvalg ${PAYLOADS[0]}`,
      members: [{ name: `Medlem ${PAYLOADS[1]}`, label: PAYLOADS[3], role: 'formand' }],
    });
    let m = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-02-03', location: PAYLOADS[2] });
    m = await app.service['items.add']({ meetingId: m.id, title: `Punkt ${PAYLOADS[2]}`, caseNumber: PAYLOADS[3] });
    const item = m.items[0]!;
    const body = {
      type: 'doc' as const,
      content: [
        ...PAYLOADS.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
        { type: 'paragraph', content: [{ type: 'text', text: 'farligt link', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
      ],
    };
    await app.service['items.setSection']({ meetingId: m.id, itemId: item.id, sectionId: item.sections[0]!.id, body });
    await app.service['items.update']({ meetingId: m.id, itemId: item.id, patch: { attachments: [{ name: PAYLOADS[4]! }] } });
    const file = await app.service['export.file']({ format: 'docx', meetingId: m.id });
    if (file.kind !== 'download') throw new Error(`expected a download, got ${file.kind}`);
    const buffer = Buffer.from(file.base64, 'base64');

    const { value: text } = await mammoth.extractRawText({ buffer });
    for (const payload of PAYLOADS) expect(text).toContain(payload);
    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;');
    await app.close();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { importText } from '../../../shared/i18n/import.da.ts';
import { docToPlainText, type RichNode } from '../../../shared/text/richText.ts';
import { tempDir } from '../helpers/tempDir.ts';

/** A case worker's sagsfremstilling as Word writes it: with heading styles, or with bold lines only. */
async function caseText(look: 'styles' | 'bold'): Promise<string> {
  const heading = (text: string) =>
    look === 'styles' ? new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] }) : new Paragraph({ children: [new TextRun({ text, bold: true })] });
  const bullet = (text: string, level = 0) => new Paragraph({ numbering: { reference: 'punkt', level }, children: [new TextRun(text)] });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'punkt',
          levels: [0, 1].map((level) => ({ level, format: LevelFormat.BULLET, text: '•', style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } } })),
        },
      ],
    },
    sections: [
      {
        children: [
          heading('Sagsresume'),
          new Paragraph('Forvaltningen foreslår en ny model for vintervedligeholdelse af cykelstier.'),
          heading('Indstilling'),
          new Paragraph('Direktøren for Teknik og Miljø indstiller, at'),
          bullet('modellen godkendes'),
          bullet('udgiften finansieres af driftsbudgettet', 0),
          bullet('med en mindre justering i 2027', 1),
          heading('Sagsfremstilling'),
          new Paragraph({ children: [new TextRun('Cykelstierne saltes i dag efter '), new TextRun({ text: 'samme', bold: true }), new TextRun(' plan som vejene.')] }),
          heading('Juridiske aspekter'),
          new Paragraph('Vejloven § 45 pålægger kommunen at vedligeholde offentlige veje.'),
          heading('Økonomi'),
          new Paragraph('Modellen koster 1,2 mio. kr. årligt.'),
          heading('Tidsplan'),
          new Paragraph('Modellen indføres fra vintersæsonen 2026/27.'),
        ],
      },
    ],
  });
  return (await Packer.toBuffer(doc)).toString('base64');
}

async function meetingWithItem(templateId: 'variant-a' | 'variant-c') {
  const app = await openApp(await tempDir());
  const committee = await app.service['committees.create']({ name: 'Teknik- og Miljøudvalget', templateId });
  let meeting = await app.service['meetings.create']({ committeeId: committee.id, date: '2026-04-14' });
  meeting = await app.service['items.add']({ meetingId: meeting.id, title: 'Vintervedligeholdelse af cykelstier', caseNumber: '05.01.00-G00-1-26' });
  const item = meeting.items.find((i) => i.title === 'Vintervedligeholdelse af cykelstier')!;
  return { app, meeting, item };
}

const section = (item: { sections: { title: string; body: RichNode }[] }, title: string) => item.sections.find((s) => s.title === title)!;

describe('one case text into one item', () => {
  it.each(['styles', 'bold'] as const)('fills the matching sections and makes the other headings sub-headings in Sagsfremstilling (%s)', async (look) => {
    const { app, meeting, item } = await meetingWithItem('variant-a');
    const result = await app.service['import.caseText']({ meetingId: meeting.id, itemId: item.id, fileName: 'sagsfremstilling.docx', base64: await caseText(look) });
    const imported = result.meeting.items.find((i) => i.id === item.id)!;
    expect(docToPlainText(section(imported, 'Sagsresume').body)).toBe('Forvaltningen foreslår en ny model for vintervedligeholdelse af cykelstier.');
    const indstilling = section(imported, 'Indstilling').body;
    expect(indstilling.content!.map((n) => n.type)).toEqual(['paragraph', 'bulletList']);
    // The nested point stays nested under the item it belongs to.
    expect(indstilling.content![1]!.content![1]!.content!.map((n) => n.type)).toEqual(['paragraph', 'bulletList']);
    const sagsfremstilling = section(imported, 'Sagsfremstilling').body.content!;
    expect(sagsfremstilling.filter((n) => n.type === 'heading').map((n) => docToPlainText(n))).toEqual(['Juridiske aspekter', 'Økonomi', 'Tidsplan']);
    expect(sagsfremstilling[0]!.content!.find((n) => n.text === 'samme')?.marks).toEqual([{ type: 'bold' }]);
    expect(result.filled).toEqual(['Sagsresume', 'Indstilling', 'Sagsfremstilling']);
    expect(result.subHeadings).toEqual(['Juridiske aspekter', 'Økonomi', 'Tidsplan']);
    // Nothing lands in the decision, and the item's other fields are untouched.
    expect(docToPlainText(section(imported, 'Beslutning').body)).toBe('');
    expect(imported).toMatchObject({ title: item.title, caseNumber: item.caseNumber });
  });

  it('fills a template section that holds only its default text, and keeps text the secretary wrote', async () => {
    const { app, meeting, item } = await meetingWithItem('variant-c');
    expect(docToPlainText(section(item, 'Økonomi').body)).toBe('Intet at bemærke.');
    const indstilling = item.sections.find((s) => s.title === 'Indstilling')!;
    await app.service['items.setSection']({ meetingId: meeting.id, itemId: item.id, sectionId: indstilling.id, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Skrevet af sekretæren.' }] }] } });
    const result = await app.service['import.caseText']({ meetingId: meeting.id, itemId: item.id, fileName: 'sag.docx', base64: await caseText('styles') });
    const imported = result.meeting.items.find((i) => i.id === item.id)!;
    // `Økonomi` is a section of this template: it is filled, its default replaced; `Sagsresume` fills `Resumé`.
    expect(docToPlainText(section(imported, 'Økonomi').body)).toBe('Modellen koster 1,2 mio. kr. årligt.');
    expect(docToPlainText(section(imported, 'Resumé').body)).toBe('Forvaltningen foreslår en ny model for vintervedligeholdelse af cykelstier.');
    expect(docToPlainText(section(imported, 'Indstilling').body).split('\n')[0]).toBe('Skrevet af sekretæren.');
    expect(result.notices).toEqual([importText.caseText.notEmpty('Indstilling')]);
    expect(result.subHeadings).toEqual(['Juridiske aspekter', 'Tidsplan']);
  });

  it('refuses a file it cannot read, changing nothing', async () => {
    const { app, meeting, item } = await meetingWithItem('variant-a');
    await expect(app.service['import.caseText']({ meetingId: meeting.id, itemId: item.id, fileName: 'x.pdf', base64: Buffer.from('%PDF-1.4 rubbish').toString('base64') })).rejects.toThrow(
      importText.failures.beskadiget,
    );
    expect(app.store.meeting(meeting.id)).toEqual(meeting);
  });

  it('refuses an item of a historic referat', async () => {
    const app = await openApp(await tempDir());
    const base64 = readFileSync(join(import.meta.dirname, '../../fixtures/import/council/haderslev-obu-2026-02-03-overskrifter.docx')).toString('base64');
    const analysis = await app.service['import.analyse']({ fileName: 'referat.docx', base64 });
    const { meeting } = await app.service['import.commit']({ fileName: 'referat.docx', base64, meeting: analysis.meeting, committee: { kind: 'ny', name: 'OBU' } });
    await expect(app.service['import.caseText']({ meetingId: meeting.id, itemId: meeting.items[1]!.id, fileName: 'sag.docx', base64: await caseText('styles') })).rejects.toThrow(importText.historic.readOnly);
    expect(app.store.meeting(meeting.id)).toEqual(meeting);
  });
});

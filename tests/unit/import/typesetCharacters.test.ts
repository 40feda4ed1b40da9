import { Document, HeadingLevel, NoBreakHyphen, Packer, Paragraph, SoftHyphen, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../electron/core/import/readImportFile.ts';
import { recogniseMeeting } from '../../../electron/core/import/recogniseMeeting.ts';
import { plainTypeset } from '../../../electron/core/import/sourceDocument.ts';
import { docToPlainText } from '../../../shared/text/richText.ts';

describe('typesetting characters in what the readers give', () => {
  it('reads the title’s date as Referent prints it (no-break space, no-break hyphens), Word’s no-break and soft hyphens, as plain text', async () => {
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ style: 'Title', children: [new TextRun('REFERAT Chefforum d.\u00a028\u201101\u20112026')] }),
              new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Punkt\u00a01: Godkendelse af dagsorden')] }),
              // Word's Ctrl+Shift+- and Ctrl+- are elements of their own, not characters.
              new Paragraph({ children: [new TextRun({ children: ['00.30.14', new NoBreakHyphen(), 'P00', new NoBreakHyphen(), '1', new NoBreakHyphen(), '25'] })] }),
              new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Beslutning')] }),
              new Paragraph({ children: [new TextRun({ children: ['Budget', new SoftHyphen(), 'analysen er god\u200bkendt kl.\u202f14.'] })] }),
            ],
          },
        ],
      }),
    );
    const meeting = recogniseMeeting(await readImportFile(docx));
    expect(meeting).toMatchObject({ bodyName: 'Chefforum', date: '2026-01-28', documentKind: 'referat' });
    expect(meeting.items[0]).toMatchObject({ number: '1', title: 'Godkendelse af dagsorden', caseNumber: '00.30.14-P00-1-25' });
    expect(docToPlainText(meeting.items[0]!.sections[0]!.body)).toBe('Budgetanalysen er godkendt kl. 14.');
  });

  it('keeps a soft hyphen only where a PDF line may end in one', () => {
    expect(plainTypeset('a\u00a0b\u2011c\u2010d\u00ade\u2060f\ufeffg')).toBe('a b-c-defg');
    expect(plainTypeset('budget\u00ad', { keepSoftHyphen: true })).toBe('budget\u00ad');
  });
});

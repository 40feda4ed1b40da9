import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LeaderType,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, CouncilDocument, Inline } from './councilSource.ts';

/**
 * Two looks seen in councils' Word files. `overskrifter`: Title, Heading 1
 * for items, Heading 2 for sections, Heading 3 for sub-headings, Word's own
 * list numbering, a TOC in the TOC styles. `fed`: no styles at all, only
 * bold (and larger) paragraphs, typed list markers (`•` and `1.` with a tab),
 * a TOC typed with dot leaders. Both have a running header with the body and
 * date and `Side X af Y` in the footer.
 */
export type Look = 'overskrifter' | 'fed';

const TEXT_WIDTH = 9000;
const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

const runs = (inline: Inline[], extra: { bold?: boolean; size?: number } = {}): TextRun[] =>
  inline.map((r) => new TextRun({ text: r.text, bold: r.bold || extra.bold, italics: r.italic, ...(extra.size ? { size: extra.size } : {}) }));

export async function councilDocx(doc: CouncilDocument, look: Look): Promise<Buffer> {
  const styled = look === 'overskrifter';
  let lists = 0;
  const children: (Paragraph | Table)[] = [];

  const heading = (text: string, level: 1 | 2 | 3, options: { pageBreak?: boolean; italic?: boolean } = {}): Paragraph =>
    styled
      ? new Paragraph({
          heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          pageBreakBefore: options.pageBreak,
          children: [new TextRun({ text, italics: options.italic })],
        })
      : new Paragraph({
          pageBreakBefore: options.pageBreak,
          spacing: { before: level === 1 ? 0 : 200, after: 80 },
          children: [new TextRun({ text, bold: true, italics: options.italic, size: level === 1 ? 28 : 22 })],
        });

  const blocks = (list: Block[], width = TEXT_WIDTH): (Paragraph | Table)[] =>
    list.flatMap((block): (Paragraph | Table)[] => {
      switch (block.kind) {
        case 'p':
          return [new Paragraph({ spacing: { after: 120 }, children: runs(block.runs) })];
        case 'sub':
          return [heading(block.text, 3, { italic: block.italic })];
        case 'list': {
          lists += 1;
          const reference = block.items[0]!.ordered ? 'tal' : 'punkt';
          return block.items.map((entry) =>
            styled
              ? new Paragraph({ numbering: { reference, level: entry.level, instance: lists }, spacing: { after: 60 }, children: runs(entry.runs) })
              : new Paragraph({
                  indent: { left: 360, hanging: 360 },
                  tabStops: [{ type: TabStopType.LEFT, position: 360 }],
                  spacing: { after: 60 },
                  children: [new TextRun(entry.ordered ? `${entry.number}.` : '•'), new TextRun({ children: [new Tab()] }), ...runs(entry.runs)],
                }),
          );
        }
        case 'table': {
          const columns = Math.max(...block.rows.map((r) => r.length));
          const cellWidth = Math.floor(width / columns);
          return [
            new Table({
              width: { size: cellWidth * columns, type: WidthType.DXA },
              columnWidths: Array.from({ length: columns }, () => cellWidth),
              borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
              rows: block.rows.map(
                (row, r) =>
                  new TableRow({
                    children: Array.from({ length: columns }, (_, c) => {
                      // The header row (and a total row) in bold, as councils set them.
                      const bold = r === 0 || (block.boldLast && r === block.rows.length - 1);
                      const source = (row[c] ?? []).map((b): Block => (bold && b.kind === 'p' ? { ...b, runs: b.runs.map((x) => ({ ...x, bold: true })) } : b));
                      const content = blocks(source, cellWidth - 200);
                      return new TableCell({ width: { size: cellWidth, type: WidthType.DXA }, children: content.length > 0 ? content : [new Paragraph({ children: [] })] });
                    }),
                  }),
              ),
            }),
            new Paragraph({ children: [] }),
          ];
        }
      }
    });

  const title = doc.title;
  children.push(
    styled ? new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }) : new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: title, bold: true, size: 32 })] }),
  );
  for (const [label, value] of doc.front) {
    children.push(
      new Paragraph({
        tabStops: [{ type: TabStopType.LEFT, position: 2000 }],
        indent: { left: 2000, hanging: 2000 },
        spacing: { after: 80 },
        children: [new TextRun({ text: label, bold: true }), new TextRun({ children: [new Tab()] }), new TextRun(value)],
      }),
    );
  }
  children.push(
    styled
      ? new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun('Indholdsfortegnelse')] })
      : new Paragraph({ pageBreakBefore: true, spacing: { after: 200 }, children: [new TextRun({ text: 'Indholdsfortegnelse', bold: true, size: 28 })] }),
  );
  for (const [entry, page] of doc.toc) {
    children.push(
      styled
        ? new Paragraph({ style: 'TOC1', tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }], children: [new TextRun(entry), new TextRun({ children: [new Tab()] }), new TextRun(page)] })
        : new Paragraph({ children: [new TextRun(`${entry}${'.'.repeat(Math.max(5, 90 - entry.length))} ${page}`)] }),
    );
  }
  for (const item of doc.items) {
    children.push(heading(`Punkt ${item.number}: ${item.title}`, 1, { pageBreak: true }));
    if (item.caseNumber) children.push(new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: item.caseNumber, size: 20 })] }));
    for (const section of item.sections) {
      if (section.heading) children.push(heading(section.heading, 2));
      children.push(...blocks(section.blocks));
    }
    if (item.bilag.length > 0) {
      children.push(heading('Bilag', 2));
      for (const name of item.bilag) children.push(new Paragraph({ spacing: { after: 60 }, children: [new TextRun(name)] }));
    }
  }

  const bodyAndDate = title.replace(/^(REFERAT|DAGSORDEN)\s+/, '');
  const numberingLevels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) =>
    Array.from({ length: 3 }, (_, level) => ({
      level,
      format,
      text: text(level),
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
    }));
  const document = new Document({
    creator: 'Referent testdata',
    title,
    styles: styled
      ? { paragraphStyles: [{ id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal' }] }
      : { default: { document: { run: { font: 'Arial', size: 22 } } } },
    numbering: {
      config: [
        { reference: 'punkt', levels: numberingLevels(LevelFormat.BULLET, (level) => ['•', '–', '▪'][level]!) },
        { reference: 'tal', levels: numberingLevels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`) },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: bodyAndDate, size: 18 })] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES], size: 18 })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

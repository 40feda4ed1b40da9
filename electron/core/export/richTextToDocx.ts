import type { ParagraphChild, IParagraphOptions } from 'docx';
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { RichDoc, RichMark, RichNode } from '../../../shared/text/richText.ts';
import { docToPlainText } from '../../../shared/text/richText.ts';
import { listIndent, MAX_LIST_LEVEL, type ListNumbering } from './numbering.ts';
import { BODY_LINE_PT, exactSpacing, STYLE } from './styles.ts';
import { TEXT_WIDTH } from './pageLayout.ts';
import { cleanText, textRuns, type RunFormat } from './textRuns.ts';

export type Block = Paragraph | Table;

type Context = {
  numbering: ListNumbering;
  /** Left indent of the surrounding container (quote, list item), in twips. */
  indentLeft: number;
  /** Level of the innermost list, -1 outside lists. */
  listLevel: number;
  /** Width available to tables, in twips. */
  width: number;
  paragraphStyle?: string;
  bold: boolean;
  italics: boolean;
};

export type RichTextOptions = { numbering: ListNumbering; width?: number };

/** Converts a section body (TipTap JSON) into docx blocks. Never throws on unknown content: it degrades to text. */
export function richTextToDocx(doc: RichDoc | RichNode, options: RichTextOptions): Block[] {
  return blocks(children(doc), {
    numbering: options.numbering,
    indentLeft: 0,
    listLevel: -1,
    width: options.width ?? TEXT_WIDTH,
    bold: false,
    italics: false,
  });
}

function children(node: RichNode): RichNode[] {
  return Array.isArray(node.content) ? node.content.filter((c): c is RichNode => typeof c === 'object' && c !== null) : [];
}

const INLINE_TYPES = new Set(['text', 'hardBreak', 'mention', 'emoji', 'image']);

function isInline(node: RichNode): boolean {
  return INLINE_TYPES.has(node.type) || (typeof node.text === 'string' && !Array.isArray(node.content));
}

function blocks(nodes: RichNode[], ctx: Context): Block[] {
  const out: Block[] = [];
  let inline: RichNode[] = [];
  const flush = (): void => {
    if (inline.length > 0) out.push(paragraph(inline, ctx));
    inline = [];
  };
  for (const node of nodes) {
    if (isInline(node)) {
      inline.push(node);
      continue;
    }
    flush();
    out.push(...block(node, ctx));
  }
  flush();
  return out;
}

function block(node: RichNode, ctx: Context): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(children(node), ctx, alignmentOf(node))];
    case 'heading':
      return [paragraph(children(node), { ...ctx, paragraphStyle: undefined }, { heading: headingLevel(node), ...alignmentOf(node) })];
    case 'bulletList':
      return list(node, ctx, false);
    case 'orderedList':
      return list(node, ctx, true);
    case 'blockquote':
      return blocks(children(node), { ...ctx, indentLeft: ctx.indentLeft + 567, italics: true, paragraphStyle: ctx.paragraphStyle ?? STYLE.quote });
    case 'codeBlock':
      return [new Paragraph({ style: STYLE.code, indent: indentOf(ctx), children: textRuns(docToPlainText(node)) })];
    case 'table':
      return table(node, ctx);
    case 'horizontalRule':
      return [
        new Paragraph({
          indent: indentOf(ctx),
          spacing: exactSpacing(BODY_LINE_PT, 60, 180),
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'A6A6A6', space: 1 } },
          children: [],
        }),
      ];
    default: {
      const kids = children(node);
      if (kids.length > 0) return kids.every(isInline) ? [paragraph(kids, ctx)] : blocks(kids, ctx);
      const text = fallbackText(node);
      return text === '' ? [] : [paragraph([{ type: 'text', text }], ctx)];
    }
  }
}

function headingLevel(node: RichNode): (typeof HeadingLevel)[keyof typeof HeadingLevel] {
  const level = Number(node.attrs?.level ?? 1);
  // Section titles are Heading 2, so the secretary's own headings sit below
  // them. The editor offers levels 2–4 (1 is the item's own title), so each
  // of those gets a level of its own; a pasted level 1 sits with level 2.
  if (level <= 2) return HeadingLevel.HEADING_3;
  if (level === 3) return HeadingLevel.HEADING_4;
  return HeadingLevel.HEADING_5;
}

function alignmentOf(node: RichNode): Pick<IParagraphOptions, 'alignment'> {
  switch (node.attrs?.textAlign) {
    case 'center':
      return { alignment: AlignmentType.CENTER };
    case 'right':
      return { alignment: AlignmentType.RIGHT };
    case 'justify':
      return { alignment: AlignmentType.JUSTIFIED };
    default:
      return {};
  }
}

function indentOf(ctx: Context): IParagraphOptions['indent'] {
  return ctx.indentLeft > 0 ? { left: ctx.indentLeft } : undefined;
}

function paragraph(inline: RichNode[], ctx: Context, extra: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    ...(ctx.paragraphStyle ? { style: ctx.paragraphStyle } : {}),
    indent: indentOf(ctx),
    ...extra,
    children: inlineRuns(inline, ctx),
  });
}

function list(node: RichNode, ctx: Context, ordered: boolean): Block[] {
  const level = Math.min(ctx.listLevel + 1, MAX_LIST_LEVEL);
  const start = Number(node.attrs?.start ?? 1);
  const ref = ordered ? ctx.numbering.ordered(start) : ctx.numbering.bullet();
  const numbering = { reference: ref.reference, instance: ref.instance, level };
  const indent = listIndent(level, ctx.indentLeft);
  const inner: Context = { ...ctx, listLevel: level };
  const textCtx: Context = { ...inner, indentLeft: indent.left };
  const out: Block[] = [];

  for (const item of children(node)) {
    const parts = item.type === 'listItem' ? children(item) : [item];
    let numbered = false;
    for (const part of parts) {
      if (!numbered && (part.type === 'paragraph' || part.type === 'heading' || isInline(part))) {
        const inline = isInline(part) ? [part] : children(part);
        out.push(paragraph(inline, inner, { numbering, indent }));
        numbered = true;
        continue;
      }
      if (!numbered) {
        out.push(paragraph([], inner, { numbering, indent }));
        numbered = true;
      }
      if (part.type === 'bulletList' || part.type === 'orderedList') {
        out.push(...list(part, inner, part.type === 'orderedList'));
      } else {
        out.push(...blocks([part], textCtx));
      }
    }
  }
  return out;
}

type CellPlan = { node: RichNode; header: boolean; column: number; colspan: number; rowspan: number };
type RowPlan = { cells: CellPlan[]; covered: boolean[] };

function span(value: unknown): number {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n >= 1 && n <= 63 ? n : 1;
}

function table(node: RichNode, ctx: Context): Block[] {
  const rows = children(node)
    .map(children)
    .filter((cells) => cells.length > 0);
  if (rows.length === 0) return [];

  // Lay the cells out on a grid first: row spans cover columns of later rows,
  // and ragged rows are padded so Word and LibreOffice agree on the grid.
  const covered: number[] = [];
  const rowPlans: RowPlan[] = rows.map((cells) => {
    const coveredAtStart = covered.map((c) => c > 0);
    let column = 0;
    const planned = cells.map((cell) => {
      while ((covered[column] ?? 0) > 0) column++;
      const plan: CellPlan = {
        node: cell,
        header: cell.type === 'tableHeader',
        column,
        colspan: span(cell.attrs?.colspan),
        rowspan: span(cell.attrs?.rowspan),
      };
      for (let k = 0; k < plan.colspan; k++) covered[column + k] = Math.max(covered[column + k] ?? 0, plan.rowspan);
      column += plan.colspan;
      return plan;
    });
    for (let c = 0; c < covered.length; c++) covered[c] = Math.max(0, (covered[c] ?? 0) - 1);
    return { cells: planned, covered: coveredAtStart };
  });
  const plans = rowPlans.map((r) => r.cells);
  const columnCount = Math.max(1, ...plans.flat().map((p) => p.column + p.colspan));

  const tableWidth = Math.max(1440, ctx.width - ctx.indentLeft);
  const widths = columnWidths(plans, columnCount, tableWidth);
  const headerRows = plans.findIndex((row) => !row.every((cell) => cell.header));
  const repeatedHeaderRows = headerRows === -1 ? 0 : headerRows;
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };

  const tableRows = rowPlans.map(({ cells: row, covered: coveredAtStart }, rowIndex) => {
    const cells = row.map((plan) => cell(plan, widths, ctx));
    const last = row[row.length - 1];
    const lastEnd = last ? last.column + last.colspan : 0;
    for (let column = lastEnd; column < columnCount; column++) {
      if (coveredAtStart[column]) continue;
      cells.push(cell({ node: { type: 'tableCell' }, header: false, column, colspan: 1, rowspan: 1 }, widths, ctx));
    }
    const isHeader = rowIndex < repeatedHeaderRows;
    return new TableRow({ children: cells, ...(isHeader ? { tableHeader: true, cantSplit: true } : {}) });
  });

  return [
    new Table({
      rows: tableRows,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      ...(ctx.indentLeft > 0 ? { indent: { size: ctx.indentLeft, type: WidthType.DXA } } : {}),
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    }),
    // Keeps two tables in a row from merging into one, and gives room before the next block.
    new Paragraph({ spacing: exactSpacing(9), children: [] }),
  ];
}

function columnWidths(plans: CellPlan[][], columnCount: number, total: number): number[] {
  const measured: (number | undefined)[] = Array.from({ length: columnCount }, () => undefined);
  for (const plan of plans.flat()) {
    const colwidth = plan.node.attrs?.colwidth;
    if (!Array.isArray(colwidth)) continue;
    colwidth.forEach((w, k) => {
      if (typeof w === 'number' && w > 0 && measured[plan.column + k] === undefined) measured[plan.column + k] = w;
    });
  }
  if (measured.every((w) => w !== undefined)) {
    const sum = measured.reduce<number>((a, b) => a + (b ?? 0), 0);
    return measured.map((w) => Math.floor(((w ?? 0) / sum) * total));
  }
  return Array.from({ length: columnCount }, () => Math.floor(total / columnCount));
}

function cell(plan: CellPlan, widths: number[], ctx: Context): TableCell {
  const width = widths.slice(plan.column, plan.column + plan.colspan).reduce((a, b) => a + b, 0);
  const content = blocks(children(plan.node), {
    ...ctx,
    indentLeft: 0,
    listLevel: -1,
    width: width - 200,
    paragraphStyle: STYLE.tableText,
    bold: ctx.bold || plan.header,
  });
  if (!(content.at(-1) instanceof Paragraph)) content.push(new Paragraph({ style: STYLE.tableText, children: [] }));
  return new TableCell({
    children: content,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    ...(plan.colspan > 1 ? { columnSpan: plan.colspan } : {}),
    ...(plan.rowspan > 1 ? { rowSpan: plan.rowspan } : {}),
    ...(plan.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EDF4' } } : {}),
  });
}

function hasMark(marks: RichMark[], type: string): boolean {
  return marks.some((m) => m.type === type);
}

function formatOf(marks: RichMark[], ctx: Context): RunFormat {
  return {
    ...(ctx.bold || hasMark(marks, 'bold') ? { bold: true } : {}),
    ...(ctx.italics || hasMark(marks, 'italic') ? { italics: true } : {}),
    ...(hasMark(marks, 'underline') ? { underline: {} } : {}),
    ...(hasMark(marks, 'strike') ? { strike: true } : {}),
    ...(hasMark(marks, 'code') ? { font: 'Courier New' } : {}),
    ...(hasMark(marks, 'superscript') ? { superScript: true } : {}),
    ...(hasMark(marks, 'subscript') ? { subScript: true } : {}),
  };
}

/** Only links a reader can follow safely become hyperlinks; anything else (javascript:, file:) stays plain text. */
function safeHref(marks: RichMark[]): string | undefined {
  const href = marks.find((m) => m.type === 'link')?.attrs?.href;
  if (typeof href !== 'string') return undefined;
  // The target is written into the relationships part, XML like the text.
  const trimmed = cleanText(href).trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : undefined;
}

function fallbackText(node: RichNode): string {
  if (typeof node.text === 'string') return node.text;
  const label = node.attrs?.label ?? node.attrs?.alt ?? node.attrs?.title;
  return typeof label === 'string' ? label : docToPlainText(node);
}

function inlineRuns(nodes: RichNode[], ctx: Context): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let link: { href: string; runs: TextRun[] } | undefined;
  const closeLink = (): void => {
    if (link) out.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
    link = undefined;
  };

  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      closeLink();
      out.push(new TextRun({ break: 1 }));
      continue;
    }
    const marks = Array.isArray(node.marks) ? node.marks : [];
    const text = node.type === 'text' ? (node.text ?? '') : fallbackText(node);
    if (text === '') continue;
    const href = safeHref(marks);
    if (href) {
      if (link?.href !== href) closeLink();
      link ??= { href, runs: [] };
      link.runs.push(...textRuns(text, { ...formatOf(marks, ctx), style: 'Hyperlink' }));
      continue;
    }
    closeLink();
    out.push(...textRuns(text, formatOf(marks, ctx)));
  }
  closeLink();
  return out;
}

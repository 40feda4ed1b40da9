import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { DocumentFont } from '../../../shared/domain/committee.ts';
import type { CaseFlow } from '../../../shared/domain/meeting.ts';
import { UnsupportedLayout } from './layout/layoutModel.ts';
import { hasWidths, measurer } from './layout/measureText.ts';
import { TEXT_WIDTH } from './pageLayout.ts';
import type { Block } from './richTextToDocx.ts';
import { exactSpacing, STYLE } from './styles.ts';
import { textRuns } from './textRuns.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

/** The cell's left and right margins (100 each) and a little air, so a measured name never meets the border. */
const CELL_PADDING = 260;
const MIN_STEP_WIDTH = 2000;
const MIN_BODY_WIDTH = 600;
/** A body name of at most this many characters is an abbreviation (`BSU`, `MNBU`): its column is never narrower than the name. */
const SHORT_NAME = 6;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const HEADER_FILL = 'E8EDF4';
/** The table's text: 11 pt, the header row bold. */
const HALF_POINTS = 22;

const heading2 = (text: string): Paragraph => new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns(text) });

/** `Direktionen, Økonomiudvalget, Kommunalbestyrelsen.`: the Behandling line of the Kalundborg protocols. */
export function caseFlowLine(bodies: string[]): string {
  const line = bodies.map((b) => b.trim()).join(', ');
  return /[.!?]$/.test(line) ? line : `${line}.`;
}

function flowCell(text: string, width: number, options: { header?: boolean; center?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
    children: [
      new Paragraph({
        style: STYLE.tableText,
        ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
        children: textRuns(text, options.header ? { bold: true } : {}),
      }),
    ],
  });
}

/**
 * How wide a text is in the table's font, in twips. A font we carry no widths
 * for (Georgia, Garamond) or a character outside them is measured as Arial
 * bold, the widest we know, and an unknown character as a full em: wide
 * enough that a name measured so fits on its line in every font.
 */
function measureIn(font: DocumentFont, bold: boolean): (text: string) => number {
  const face = (f: string) => measurer({ font: f, bold, italic: false, halfPoints: HALF_POINTS });
  const own = hasWidths(font) ? face(font) : undefined;
  const wide = face('Arial');
  const byChar = (m: (t: string) => number, char: string): number => {
    try {
      return m(char);
    } catch (error) {
      if (error instanceof UnsupportedLayout) return HALF_POINTS * 10;
      throw error;
    }
  };
  return (text) => [...text].reduce((sum, char) => sum + (own ? byChar(own, char) : byChar(wide, char) * 1.1), 0);
}

const longestWord = (text: string, measure: (t: string) => number): number => Math.max(0, ...text.split(/\s+/).map(measure));

/**
 * Column widths for the grid: the step column as wide as its longest step,
 * the bodies sharing the rest equally, so the grid spans the page like the
 * tables around it; a long name widens its own column. When the names do
 * not all fit on the page, the widest columns are narrowed to a common cap
 * and the rest keep what their names need; a column is never narrower than
 * an abbreviation in it (`MNBU` never breaks inside the word) nor the step
 * column narrower than its longest word. Only when even that does not fit
 * (a dozen abbreviations) does the grid run into the margin.
 */
export function caseFlowColumnWidths(steps: string[], bodies: string[], font: DocumentFont = 'Calibri'): number[] {
  const bold = measureIn(font, true);
  const regular = measureIn(font, false);
  const need = (width: number) => Math.ceil(width) + CELL_PADDING;
  const needs = [Math.max(MIN_STEP_WIDTH, ...steps.map((s) => need(regular(s)))), ...bodies.map((b) => Math.max(MIN_BODY_WIDTH, need(bold(b))))];
  const floors = [
    Math.max(0, ...steps.map((s) => need(longestWord(s, regular)))),
    ...bodies.map((b, i) => (b.trim().length <= SHORT_NAME ? needs[i + 1]! : MIN_BODY_WIDTH)),
  ];
  const [step, ...body] = needs as [number, ...number[]];
  const equal = Math.floor((TEXT_WIDTH - step) / bodies.length);
  if (body.every((w) => w <= equal)) return [step, ...bodies.map(() => equal)];
  const total = needs.reduce((a, b) => a + b, 0);
  if (total <= TEXT_WIDTH) {
    const extra = Math.floor((TEXT_WIDTH - total) / bodies.length);
    return [step, ...body.map((w) => w + extra)];
  }
  const widthsAt = (cap: number) => needs.map((n, i) => Math.floor(Math.max(floors[i]!, Math.min(n, cap))));
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
  if (sum(widthsAt(0)) >= TEXT_WIDTH) return widthsAt(0);
  // The largest cap whose widths still fit: the sum grows with the cap.
  let low = 0;
  let high = Math.max(...needs);
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (sum(widthsAt(mid)) <= TEXT_WIDTH) low = mid;
    else high = mid;
  }
  return widthsAt(low);
}

/** The Sagsgang grid: a header row with an empty corner and the bodies, then one row per step with an X under each body the step passes. */
function caseFlowTable(flow: CaseFlow, font: DocumentFont): Table {
  const bodies = flow.bodies.map((b) => b.trim());
  const [stepWidth, ...bodyWidths] = caseFlowColumnWidths(
    flow.steps.map((s) => s.step),
    bodies,
    font,
  ) as [number, ...number[]];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [flowCell('', stepWidth, { header: true }), ...bodies.map((body, i) => flowCell(body, bodyWidths[i]!, { header: true, center: true }))],
  });
  const rows = flow.steps.map((step) => {
    const marked = new Set(step.bodies.map((b) => b.trim()));
    return new TableRow({
      cantSplit: true,
      children: [flowCell(step.step, stepWidth), ...bodies.map((body, i) => flowCell(marked.has(body) ? 'X' : '', bodyWidths[i]!, { center: true }))],
    });
  });
  const widths = [stepWidth, ...bodyWidths];
  return new Table({
    rows: [header, ...rows],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
  });
}

/**
 * Where the case goes: the `Sagsgang` grid when the secretary asked for a
 * table (and there are steps to fill it), otherwise a `Behandling` heading
 * with the bodies on one line. Nothing when no body is named.
 */
export function caseFlowBlocks(flow: CaseFlow | null, font: DocumentFont = 'Calibri'): Block[] {
  if (!flow || flow.bodies.length === 0) return [];
  if (!flow.asTable || flow.steps.length === 0) return [heading2(documentText.caseFlowLine), new Paragraph({ children: textRuns(caseFlowLine(flow.bodies)) })];
  // As after the tables in the text: keeps the grid apart from a table that may follow.
  return [heading2(documentText.caseFlowTable), caseFlowTable(flow, font), new Paragraph({ spacing: exactSpacing(9), children: [] })];
}

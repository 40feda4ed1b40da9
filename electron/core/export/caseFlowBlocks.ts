import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { CaseFlow } from '../../../shared/domain/meeting.ts';
import { TEXT_WIDTH } from './pageLayout.ts';
import type { Block } from './richTextToDocx.ts';
import { exactSpacing, STYLE } from './styles.ts';
import { textRuns } from './textRuns.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

/**
 * Generous width of one character of bold 11 pt text in twips (wide enough for
 * `Ø` and capitals in Arial, the widest template font), plus the cell's
 * margins: a column this wide keeps its name on one line in every font.
 */
const CHAR_WIDTH = 130;
const CELL_PADDING = 260;
const MIN_STEP_WIDTH = 2000;
const MIN_BODY_WIDTH = 600;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const HEADER_FILL = 'E8EDF4';

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

const textWidth = (text: string): number => text.length * CHAR_WIDTH + CELL_PADDING;

/**
 * Column widths for the grid: the step column as wide as its longest step,
 * the bodies sharing the rest equally, so the grid spans the page like the
 * tables around it; a long name widens its own column. When the names do
 * not all fit on the page, the widest columns are narrowed to a common cap
 * and the rest keep what their names need: `BSU` and `ØU` stay whole, and
 * only the longest names wrap.
 */
export function caseFlowColumnWidths(steps: string[], bodies: string[]): number[] {
  const needs = [Math.max(MIN_STEP_WIDTH, ...steps.map(textWidth)), ...bodies.map((b) => Math.max(MIN_BODY_WIDTH, textWidth(b)))];
  const [step, ...body] = needs as [number, ...number[]];
  const equal = Math.floor((TEXT_WIDTH - step) / bodies.length);
  if (body.every((w) => w <= equal)) return [step, ...bodies.map(() => equal)];
  const total = needs.reduce((a, b) => a + b, 0);
  if (total <= TEXT_WIDTH) {
    const extra = Math.floor((TEXT_WIDTH - total) / bodies.length);
    return [step, ...body.map((w) => w + extra)];
  }
  // The cap c with Σ min(need, c) = TEXT_WIDTH: walk the needs upwards, narrowest first.
  const sorted = [...needs].sort((a, b) => a - b);
  let rest = TEXT_WIDTH;
  let cap = 0;
  for (const [i, need] of sorted.entries()) {
    cap = rest / (sorted.length - i);
    if (need > cap) break;
    rest -= need;
    cap = need;
  }
  return needs.map((need) => Math.floor(Math.min(need, cap)));
}

/** The Sagsgang grid: a header row with an empty corner and the bodies, then one row per step with an X under each body the step passes. */
function caseFlowTable(flow: CaseFlow): Table {
  const bodies = flow.bodies.map((b) => b.trim());
  const [stepWidth, ...bodyWidths] = caseFlowColumnWidths(
    flow.steps.map((s) => s.step),
    bodies,
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
export function caseFlowBlocks(flow: CaseFlow | null): Block[] {
  if (!flow || flow.bodies.length === 0) return [];
  if (!flow.asTable || flow.steps.length === 0) return [heading2(documentText.caseFlowLine), new Paragraph({ children: textRuns(caseFlowLine(flow.bodies)) })];
  // As after the tables in the text: keeps the grid apart from a table that may follow.
  return [heading2(documentText.caseFlowTable), caseFlowTable(flow), new Paragraph({ spacing: exactSpacing(9), children: [] })];
}

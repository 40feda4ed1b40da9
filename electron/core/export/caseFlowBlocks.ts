import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { CaseFlow } from '../../../shared/domain/meeting.ts';
import { TEXT_WIDTH } from './pageLayout.ts';
import type { Block } from './richTextToDocx.ts';
import { exactSpacing, STYLE } from './styles.ts';
import { textRuns } from './textRuns.ts';

/** Wide enough for `Supplerende sagsfremstilling` on one line in 11 pt. */
const STEP_WIDTH = 3300;
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

/**
 * The Sagsgang grid: a header row with an empty corner and the bodies, then one
 * row per step with an X under each body the step passes. The step column is
 * fixed; the bodies share the rest of the text width equally, so the grid
 * spans the page like the tables around it.
 */
function caseFlowTable(flow: CaseFlow): Table {
  const bodies = flow.bodies.map((b) => b.trim());
  const bodyWidth = Math.floor((TEXT_WIDTH - STEP_WIDTH) / bodies.length);
  const widths = [STEP_WIDTH, ...bodies.map(() => bodyWidth)];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [flowCell('', STEP_WIDTH, { header: true }), ...bodies.map((body) => flowCell(body, bodyWidth, { header: true, center: true }))],
  });
  const rows = flow.steps.map((step) => {
    const marked = new Set(step.bodies.map((b) => b.trim()));
    return new TableRow({
      cantSplit: true,
      children: [flowCell(step.step, STEP_WIDTH), ...bodies.map((body) => flowCell(marked.has(body) ? 'X' : '', bodyWidth, { center: true }))],
    });
  });
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
  if (!flow.asTable || flow.steps.length === 0) return [heading2('Behandling'), new Paragraph({ children: textRuns(caseFlowLine(flow.bodies)) })];
  // As after the tables in the text: keeps the grid apart from a table that may follow.
  return [heading2('Sagsgang'), caseFlowTable(flow), new Paragraph({ spacing: exactSpacing(9), children: [] })];
}

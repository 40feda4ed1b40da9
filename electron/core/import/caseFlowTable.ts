import { MAX_CASE_FLOW_STEPS } from '../../../shared/domain/committee.ts';
import { CASE_FLOW_STEPS, type CaseFlow } from '../../../shared/domain/meeting.ts';
import { sourcePlainText, type TableBlock } from './sourceDocument.ts';
import { normaliseHeading } from './sectionHeadings.ts';

const STEPS = new Map(CASE_FLOW_STEPS.map((s) => [normaliseHeading(s), s] as const));

const cellText = (table: TableBlock, row: number, col: number): string => {
  const cell = table.rows[row]?.cells[col];
  return cell ? sourcePlainText(cell.blocks).replace(/\s+/g, ' ').trim() : '';
};

/**
 * The Sagsgang grid: a header row of bodies (BSU, ØU, KB …) after an empty
 * corner, then one row per step with an X under each body the step passes.
 * The rows are the usual ones (Orientering, Indstilling, Beslutning,
 * Supplerende sagsfremstilling) or, under a `Sagsgang` heading
 * (`namedRows`), any the body's template gives (`Høring`, `Opfølgning`).
 * Null when the table is not shaped like that.
 */
export function tableToCaseFlow(table: TableBlock, options: { namedRows?: boolean } = {}): CaseFlow | null {
  if (table.rows.length < 2 || table.rows.length - 1 > MAX_CASE_FLOW_STEPS) return null;
  const width = table.rows[0]!.cells.length;
  if (width < 2 || width - 1 > 12 || table.rows.some((r) => r.cells.length !== width)) return null;
  const bodies = Array.from({ length: width - 1 }, (_, k) => cellText(table, 0, k + 1));
  if (bodies.some((b) => b === '' || b.length > 100) || new Set(bodies).size !== bodies.length) return null;
  const steps: CaseFlow['steps'] = [];
  for (let r = 1; r < table.rows.length; r++) {
    const text = cellText(table, r, 0);
    const step = STEPS.get(normaliseHeading(text)) ?? (options.namedRows && text !== '' && text.length <= 100 ? text : undefined);
    if (!step || steps.some((s) => normaliseHeading(s.step) === normaliseHeading(step))) return null;
    const marked: string[] = [];
    for (let c = 1; c < width; c++) {
      const mark = cellText(table, r, c);
      if (/^[x✓✔×]$/i.test(mark)) marked.push(bodies[c - 1]!);
      else if (mark !== '') return null;
    }
    steps.push({ step, bodies: marked });
  }
  return { bodies, steps, asTable: true };
}

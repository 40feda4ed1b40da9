/**
 * One line of the bench: the figure, what it is compared with (measured in the
 * same run), the goal from issue 13, and whether this run meets it.
 */
export type Row = { what: string; figure: string; reference?: string; goal?: string; met?: boolean };

export const ms = (value: number, digits = 0): string => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : 'n/a');
export const mb = (bytes: number): string => (Number.isFinite(bytes) ? `${(bytes / 1e6).toFixed(0)} MB` : 'n/a');
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const ratio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');

export function printSection(title: string, rows: Row[]): void {
  const header: Row = { what: title, figure: 'figure', reference: 'reference (same run)', goal: 'goal' };
  const cells = [header, ...rows].map((r) => [r.what, r.figure, r.reference ?? '', r.goal ?? '', r === header ? 'result' : r.met === undefined ? '' : r.met ? 'met' : 'NOT MET']);
  const widths = cells[0]!.map((_, col) => Math.max(...cells.map((c) => c[col]!.length)));
  const line = (c: string[]) => c.map((cell, col) => cell.padEnd(widths[col]!)).join(' │ ').trimEnd();
  console.log('');
  console.log(line(cells[0]!));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const c of cells.slice(1)) console.log(line(c));
}

export function printSummary(rows: Row[]): void {
  const judged = rows.filter((r) => r.met !== undefined);
  const missed = judged.filter((r) => !r.met);
  console.log('');
  console.log(`Goals: ${judged.length - missed.length} of ${judged.length} met.`);
  for (const r of missed) console.log(`  not met: ${r.what}: ${r.figure} (goal ${r.goal})`);
}

import type { Row } from '../report.ts';

/**
 * INTEGRATOR HOOK — import timing. The import work provides a function that
 * imports a 30-item protocol from DOCX and from PDF; time it here (cold, from
 * process start if it has a CLI command, else median of 5 in process) and
 * return one row per format with its reference and goal. Until then this
 * prints one line saying it is not measured, so the gap stays visible.
 */
export async function importBench(): Promise<Row[]> {
  return [{ what: 'import of a 30-item protocol (DOCX / PDF)', figure: 'not measured yet', reference: 'hook: tests/bench/suites/importBench.ts' }];
}

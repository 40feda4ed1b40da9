import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchStore } from '../stores/benchStores.ts';
import { benchQueries, typedPrefixes } from '../searchQueries.ts';
import { caseNumbersIn } from './hostBench.ts';

type Block = { max: number; busy: number; idle: number };
type Phase = { readyMs: number; readyBlock: Block; rssBefore: number; rssReady: number; queryBlock: Block; medianMs: number; p95Ms: number; maxMs: number };
export type SearchAloneFigures = { built: Phase; opened: Phase; indexBytes: number; queries: number };

/** tests/bench/runners/searchAlone.ts in a process of its own, over `store`, with an index of its own. */
export async function searchAlone(store: BenchStore): Promise<SearchAloneFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'referent-bench-search-'));
  const indexPath = join(dir, 'search-index.sqlite');
  const queries = benchQueries(await caseNumbersIn(store)).flatMap(typedPrefixes);
  try {
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--import', 'tsx', join('tests', 'bench', 'runners', 'searchAlone.ts'), JSON.stringify({ dataDir: store.dir, indexPath, queries })], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      ),
    );
    const indexBytes = (await stat(indexPath)).size;
    return { ...(JSON.parse(out) as { built: Phase; opened: Phase }), indexBytes, queries: queries.length };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const RENDERER = join(process.cwd(), 'dist', 'renderer');

/**
 * The JavaScript the browser must load before the first screen: index.html's
 * module scripts and the modules it preloads, each gzipped as a server would
 * send it. Whatever loads later through import() is not counted.
 */
export async function firstScreenJs(): Promise<{ files: string[]; gzipBytes: number; rawBytes: number } | null> {
  const index = join(RENDERER, 'index.html');
  if (!existsSync(index)) return null;
  const html = await readFile(index, 'utf8');
  const files = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) files.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) files.add(m[1]!);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of files) {
    const bytes = await readFile(join(RENDERER, file.replace(/^\.?\//, '')));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes).length;
  }
  return { files: [...files], gzipBytes, rawBytes };
}

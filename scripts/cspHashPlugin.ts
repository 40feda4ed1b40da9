import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const PLACEHOLDER = '__REFERENT_SCRIPT_SRC__';

/**
 * Pins the renderer's script to its own hash: the built index.html gets
 * `integrity` on the entry script and the same SHA-256 in its CSP, so only that
 * exact bundle can run (anything it imports itself is allowed through
 * 'strict-dynamic'). Nothing injected into a page can match.
 *
 * The hash is taken from the files as written: with screens loaded on demand,
 * the bundler still rewrites the entry chunk (its preload map) after the
 * generateBundle hooks, so a hash of the chunk in memory would not match.
 */
export function cspHashPlugin(): Plugin {
  return {
    name: 'referent-csp-hash',
    enforce: 'post',
    writeBundle(options) {
      const outDir = options.dir;
      if (!outDir) throw new Error('CSP: ukendt outputmappe');
      const htmlPath = join(outDir, 'index.html');
      const html = readFileSync(htmlPath, 'utf8');
      const hashes: string[] = [];
      const source = html.replace(/<script type="module" crossorigin src="\.\/([^"]+\.js)"><\/script>/g, (tag, file: string) => {
        const hash = `sha256-${createHash('sha256').update(readFileSync(join(outDir, file))).digest('base64')}`;
        hashes.push(`'${hash}'`);
        return tag.replace('<script ', `<script integrity="${hash}" `);
      });
      if (hashes.length === 0 || !source.includes(PLACEHOLDER)) throw new Error('CSP: indgangsscriptet eller pladsholderen mangler i index.html');
      writeFileSync(htmlPath, source.replace(PLACEHOLDER, `${hashes.join(' ')} 'strict-dynamic'`));
    },
  };
}

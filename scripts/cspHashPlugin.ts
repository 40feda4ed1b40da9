import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const PLACEHOLDER = '__REFERENT_SCRIPT_SRC__';

/**
 * Pins the renderer's script to its own hash: the built index.html gets
 * `integrity` on the entry script and the same SHA-256 in its CSP, so only that
 * exact bundle can run (anything it imports itself is allowed through
 * 'strict-dynamic'). Nothing injected into a page can match.
 */
export function cspHashPlugin(): Plugin {
  return {
    name: 'referent-csp-hash',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') return;
      const hashes: string[] = [];
      const source = String(html.source).replace(/<script type="module" crossorigin src="\.\/([^"]+\.js)"><\/script>/g, (tag, file: string) => {
        const chunk = bundle[file];
        if (!chunk || chunk.type !== 'chunk') throw new Error(`CSP: fandt ikke ${file} i bundtet`);
        const hash = `sha256-${createHash('sha256').update(chunk.code).digest('base64')}`;
        hashes.push(`'${hash}'`);
        return tag.replace('<script ', `<script integrity="${hash}" `);
      });
      if (hashes.length === 0 || !source.includes(PLACEHOLDER)) throw new Error('CSP: indgangsscriptet eller pladsholderen mangler i index.html');
      html.source = source.replace(PLACEHOLDER, `${hashes.join(' ')} 'strict-dynamic'`);
    },
  };
}

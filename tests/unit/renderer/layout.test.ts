import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(process.cwd(), 'renderer', 'src');
const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
const filesIn = (dir: string) => readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile());

/** Selectors of the top-level rules of a stylesheet (not inside @media), one by one. */
function selectors(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') {
      const prelude = text.slice(start, i).trim();
      if (depth === 0 && !prelude.startsWith('@')) found.push(...prelude.split(/,(?![^(]*\))/).map((s) => s.trim().replace(/\s+/g, ' ')));
      depth++;
      start = i + 1;
    } else if (text[i] === '}') {
      depth--;
      start = i + 1;
    }
  }
  return found;
}

describe('the renderer is laid out by feature', () => {
  it('has no grab-bag folders and no folder of more than 15 files', () => {
    for (const folder of folders) {
      expect(['lib', 'utils', 'helpers', 'misc', 'components', 'common', 'shared']).not.toContain(folder);
      expect(filesIn(join(SRC, folder)).length, folder).toBeLessThanOrEqual(15);
    }
  });

  it('gives each feature folder at most one stylesheet, named after the folder, and keeps base.css at the top', () => {
    expect(filesIn(SRC).filter((f) => f.endsWith('.css'))).toEqual(['base.css']);
    for (const folder of folders) {
      const sheets = filesIn(join(SRC, folder)).filter((f) => f.endsWith('.css'));
      expect(sheets.length, folder).toBeLessThanOrEqual(1);
      if (sheets[0]) expect(sheets[0]).toBe(`${folder}.css`);
    }
  });

  it('defines no selector in two stylesheets', () => {
    const owner = new Map<string, string>();
    const sheets = [join(SRC, 'base.css'), ...folders.flatMap((f) => filesIn(join(SRC, f)).filter((n) => n.endsWith('.css')).map((n) => join(SRC, f, n)))];
    const clashes: string[] = [];
    for (const sheet of sheets) {
      const name = relative(SRC, sheet);
      for (const selector of new Set(selectors(readFileSync(sheet, 'utf8')))) {
        const first = owner.get(selector);
        if (first && first !== name) clashes.push(`${selector}: ${first} and ${name}`);
        owner.set(selector, name);
      }
    }
    expect(clashes).toEqual([]);
    expect(owner.size).toBeGreaterThan(300);
  });
});

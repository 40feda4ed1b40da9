import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = resolve('electron/cli');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The files of electron/cli each file imports (type imports included: a loop of types is still a loop to read). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.[^']+)'/g)].map((m) => resolve(dirname(file), m[1]!)).filter((p) => p.startsWith(CLI));
}

describe('electron/cli', () => {
  it('has no import loops', () => {
    const graph = new Map(files(CLI).map((f) => [f, importsOf(f)]));
    const loops: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (path.includes(file)) return loops.push([...path.slice(path.indexOf(file)), file].map((p) => p.slice(CLI.length + 1)).join(' → '));
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    };
    for (const file of graph.keys()) visit(file, []);
    expect(loops).toEqual([]);
    expect(graph.size).toBeGreaterThan(5);
  });
});

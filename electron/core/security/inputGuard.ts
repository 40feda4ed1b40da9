import { jsonDepthExceeds } from '../../../shared/text/jsonDepth.ts';
import { securityText } from '../../../shared/i18n/security.da.ts';

/**
 * How deep any JSON we take in (an API request, a file in the data folder, an
 * approval file) may nest. The deepest valid meeting file, with rich text at
 * its own limit inside a reopened approval round, stays well below it (a test
 * checks that); zod, canonical JSON and JSON.stringify all recurse, and some
 * 850 levels overflow the stack. Checked without recursion, before any of them.
 */
export const MAX_JSON_DEPTH = 100;

/**
 * Steps the walk may take. JSON never shares objects, but a structured clone
 * over IPC can, and a shared object is walked once per path that reaches it;
 * far above what the largest request (25 MB of JSON) can hold.
 */
const MAX_STEPS = 30_000_000;

export type BadCharacter = keyof typeof securityText.input.characters;
export type InputProblem = { kind: 'tooDeep' } | { kind: 'tooLarge' } | { kind: 'badCharacter'; path: string; character: BadCharacter };

type Frame = { value: object; depth: number; key: string; parent: Frame | null };

const NON_CHARACTER_OR_NUL = /[\u0000\uFFFE\uFFFF]/; // eslint-disable-line no-control-regex

/**
 * What a string may not hold anywhere in Referent: half a surrogate pair (it
 * turns into U+FFFD, or breaks the export, wherever it is encoded), U+FFFE
 * and U+FFFF (never text; XML forbids them) and NUL.
 */
export function badCharacterIn(text: string): BadCharacter | null {
  if (!(text as string & { isWellFormed(): boolean }).isWellFormed()) return 'loneSurrogate';
  const found = NON_CHARACTER_OR_NUL.exec(text);
  if (!found) return null;
  return found[0] === '\u0000' ? 'nul' : 'nonCharacter';
}

/**
 * The first reason to refuse a request before any schema or handler sees it:
 * too deep, too big to walk, or a string (value or key) with a character no
 * text may hold. One iterative walk over the whole request.
 */
export function findInputProblem(request: unknown, maxDepth = MAX_JSON_DEPTH): InputProblem | null {
  if (typeof request === 'string') {
    const character = badCharacterIn(request);
    return character ? { kind: 'badCharacter', path: '', character } : null;
  }
  if (typeof request !== 'object' || request === null) return null;
  const stack: Frame[] = [{ value: request, depth: 1, key: '', parent: null }];
  let steps = 0;
  const visit = (frame: Frame, key: string, child: unknown): InputProblem | null => {
    if (typeof child === 'string') {
      const character = badCharacterIn(child);
      return character ? { kind: 'badCharacter', path: pathOf(frame, key), character } : null;
    }
    if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: frame.depth + 1, key, parent: frame });
    return null;
  };
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth > maxDepth) return { kind: 'tooDeep' };
    if (Array.isArray(frame.value)) {
      const list: unknown[] = frame.value;
      steps += list.length + 1;
      if (steps > MAX_STEPS) return { kind: 'tooLarge' };
      for (let i = 0; i < list.length; i++) {
        const problem = visit(frame, String(i), list[i]);
        if (problem) return problem;
      }
      continue;
    }
    const keys = Object.keys(frame.value);
    steps += keys.length + 1;
    if (steps > MAX_STEPS) return { kind: 'tooLarge' };
    for (const key of keys) {
      const keyProblem = badCharacterIn(key);
      if (keyProblem) return { kind: 'badCharacter', path: pathOf(frame, ''), character: keyProblem };
      const problem = visit(frame, key, (frame.value as Record<string, unknown>)[key]);
      if (problem) return problem;
    }
  }
  return null;
}

/** The field as a dotted path (`items.0.title`), its last few steps, safe to print. */
function pathOf(frame: Frame, last: string): string {
  const keys: string[] = last === '' ? [] : [last];
  for (let f: Frame | null = frame; f && f.parent; f = f.parent) keys.unshift(f.key);
  const shown = keys.slice(-6).map((k) => {
    const clean = [...k.slice(0, 41)].map((ch) => (badCharacterIn(ch) ? '?' : ch)).join('');
    return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
  });
  return (keys.length > shown.length ? '….' : '') + shown.join('.');
}

export function inputProblemMessage(problem: InputProblem): string {
  const t = securityText.input;
  switch (problem.kind) {
    case 'tooDeep':
      return t.tooDeep(MAX_JSON_DEPTH);
    case 'tooLarge':
      return t.tooLarge;
    case 'badCharacter':
      return t.badCharacter(t.field(problem.path), t.characters[problem.character]);
  }
}

/** For JSON read from disk or from a file the user opens: deeper than any valid file, so treated as damaged. */
export function jsonTooDeep(value: unknown): boolean {
  return jsonDepthExceeds(value, MAX_JSON_DEPTH);
}

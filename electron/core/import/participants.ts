import type { ImportedParticipant } from '../../../shared/import/importedMeeting.ts';

/** Splits on commas, semicolons and a final ` og `, but never inside brackets (`(Direktør By, Kultur & Miljø)`). */
export function splitNames(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if ((ch === ',' || ch === ';' || ch === '\n') && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out
    .flatMap((part) => {
      // `A og B` at the end of a list; a name never contains ` og ` outside brackets.
      const pieces: string[] = [];
      let d = 0;
      let start = 0;
      for (let i = 0; i < part.length; i++) {
        const ch = part[i];
        if (ch === '(') d++;
        else if (ch === ')' && d > 0) d--;
        else if (d === 0 && part.startsWith(' og ', i)) {
          pieces.push(part.slice(start, i));
          start = i + 4;
        }
      }
      pieces.push(part.slice(start));
      return pieces;
    })
    .map((s) => s.replace(/[\u00a0\s]+/g, ' ').trim().replace(/\.$/, ''))
    .filter((s) => s !== '');
}

const SUBSTITUTE = /\(?\s*(?:som\s+)?stedfortræder\s+for\s+([^)]+?)\s*\)?\s*$/i;

/**
 * `Holger Mikkelsen (A)`, `Henrik Harder (Kommunaldirektør)`,
 * `Karen Jensen (A) (stedfortræder for Carsten Dyhre Hansen)`: the name, the
 * label in brackets, and whom a stedfortræder stood in for.
 */
export function parseParticipant(text: string, attendance: ImportedParticipant['attendance']): ImportedParticipant | null {
  let rest = text.trim();
  let substituteFor: string | null = null;
  const substitute = SUBSTITUTE.exec(rest);
  if (substitute) {
    substituteFor = substitute[1]!.trim();
    rest = rest.slice(0, substitute.index).trim();
  }
  let label = '';
  const labelled = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(rest);
  if (labelled && labelled[1]!.trim() !== '') {
    rest = labelled[1]!.trim();
    label = labelled[2]!.trim();
  }
  // Titles written after a dash: `Henrik Harder - Kommunaldirektør`.
  const dashed = /^(.+?)\s+[-–]\s+(.+)$/.exec(rest);
  if (!label && dashed) {
    rest = dashed[1]!.trim();
    label = dashed[2]!.trim();
  }
  if (rest === '' || rest.length > 120 || /\d{3}/.test(rest)) return null;
  return { name: rest, label, attendance, substituteFor };
}

export function parseParticipants(text: string, attendance: ImportedParticipant['attendance']): ImportedParticipant[] {
  return splitNames(text)
    .map((part) => parseParticipant(part, attendance))
    .filter((p): p is ImportedParticipant => p !== null);
}

/** Names compare without case, extra spaces or a trailing label. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\(.*?\)/g, '').replace(/[\u00a0\s]+/g, ' ').trim().toLocaleLowerCase('da-DK');
  return norm(a) === norm(b);
}

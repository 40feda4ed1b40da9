import type { INumberingOptions } from 'docx';
import { UnsupportedLayout } from './layoutModel.ts';

/** The counters of each list instance, by numId, one per level. */
export type ListCounters = Map<string, number[]>;

/** What a list level puts before its paragraphs: the label, and the indent the level gives them (under the paragraph's own). */
export type ListLabel = { text: string; indent?: { left?: unknown; hanging?: unknown; firstLine?: unknown } };

const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function lowerRoman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** Word's letters: a … z, then aa … zz, then aaa. */
function lowerLetter(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatCounter(format: string, n: number): string {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'lowerLetter':
      return lowerLetter(n);
    case 'lowerRoman':
      return lowerRoman(n);
    default:
      throw new UnsupportedLayout(`list format ${format}`);
  }
}

/**
 * The label Word draws before a list paragraph (`3.`, `b.`, `•`), counting
 * as Word counts: each numbering instance on its own, a level restarting
 * below a higher one. docx writes an instance's numId as `{reference-instance}`.
 */
export function listLabel(numbering: INumberingOptions, counters: ListCounters, numId: string, level: number): ListLabel {
  const reference = /^\{(.*)-\d+\}$/.exec(numId)?.[1];
  const config = numbering.config.find((c) => c.reference === reference);
  const levels = config?.levels ?? [];
  const own = levels.find((l) => l.level === level);
  if (!own) throw new UnsupportedLayout(`list ${numId} level ${level}`);
  const counts = counters.get(numId) ?? [];
  for (let l = 0; l <= level; l += 1) counts[l] ??= (levels.find((x) => x.level === l)?.start ?? 1) - 1;
  counts[level] = counts[level]! + 1;
  counts.length = level + 1;
  counters.set(numId, counts);
  // The label is measured in the paragraph's face; a level with a run style of its own (a Symbol bullet) is not modelled.
  if (own.style?.run) throw new UnsupportedLayout(`list ${numId} level ${level} with its own run style`);
  const paragraph = own.style?.paragraph;
  if (paragraph && Object.keys(paragraph).some((key) => key !== 'indent')) throw new UnsupportedLayout(`list ${numId} level ${level} paragraph properties`);
  const indent = paragraph?.indent;
  const text =
    own.format === 'bullet'
      ? (own.text ?? '')
      : (own.text ?? '').replace(/%(\d)/g, (_, d: string) => {
          const l = Number(d) - 1;
          return formatCounter(levels.find((x) => x.level === l)?.format ?? 'decimal', counts[l] ?? 1);
        });
  return indent ? { text, indent } : { text };
}

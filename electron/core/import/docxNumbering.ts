import { attr, child, children, numberAttr, parseXml } from './docxXml.ts';

type Level = { format: string; start: number; indent: number | null; hanging: number };
type AbstractNum = { levels: Map<number, Level>; styleLink: string | null; numStyleLink: string | null };
type Num = { abstractId: string; startOverrides: Map<number, number> };

export type NumberedParagraph = {
  ordered: boolean;
  level: number;
  /** The number Word prints for this paragraph at its level. */
  number: number;
  /**
   * One list, as Word numbers it: its counter belongs to the abstract definition, so paragraphs of several w:num
   * of one definition count on as one list (Word gives each pasted or continued paragraph a w:num of its own);
   * a w:num that restarts the count (a start override) begins a new list.
   */
  key: string;
  /** Left indent the numbering level gives its text, in points. */
  indent: number | null;
  /** How far the number hangs out to the left of the text, in points. */
  hanging: number;
};

export type DocxNumbering = {
  /** Counts on as Word does: call once per numbered paragraph, in document order. */
  next(numId: string, ilvl: number): NumberedParagraph | null;
};

/**
 * Word's automatic numbering from `word/numbering.xml`: which lists are bullets,
 * the start values (including a `w:startOverride` that restarts a list at 5),
 * and the counters that run on across paragraphs of the same w:num and restart
 * a deeper level under each new item. mammoth keeps only "ordered or not" and
 * the level.
 */
export function readDocxNumbering(xml: string | null, styleNumId: (styleId: string) => string | null = () => null): DocxNumbering {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, Num>();
  if (xml) {
    const root = parseXml(xml).documentElement!;
    for (const element of children(root, 'abstractNum')) {
      const id = attr(element, 'abstractNumId');
      if (id === null) continue;
      const levels = new Map<number, Level>();
      for (const lvl of children(element, 'lvl')) {
        const ilvl = numberAttr(lvl, 'ilvl') ?? 0;
        const ind = child(child(lvl, 'pPr'), 'ind');
        const left = numberAttr(ind, 'left') ?? numberAttr(ind, 'start');
        const hanging = numberAttr(ind, 'hanging') ?? 0;
        levels.set(ilvl, {
          hanging: hanging / 20,
          format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
          start: numberAttr(child(lvl, 'start'), 'val') ?? 1,
          indent: left !== null ? left / 20 : null,
        });
      }
      abstracts.set(id, { levels, styleLink: attr(child(element, 'styleLink'), 'val'), numStyleLink: attr(child(element, 'numStyleLink'), 'val') });
    }
    for (const element of children(root, 'num')) {
      const id = attr(element, 'numId');
      const abstractId = attr(child(element, 'abstractNumId'), 'val');
      if (id === null || abstractId === null) continue;
      const startOverrides = new Map<number, number>();
      for (const override of children(element, 'lvlOverride')) {
        const start = numberAttr(child(override, 'startOverride'), 'val');
        if (start !== null) startOverrides.set(numberAttr(override, 'ilvl') ?? 0, start);
      }
      nums.set(id, { abstractId, startOverrides });
    }
  }

  /** A numbering style (`w:numStyleLink`) points at another w:num's definition. */
  const abstractOf = (numId: string, seen = new Set<string>()): AbstractNum | null => {
    if (seen.has(numId)) return null;
    seen.add(numId);
    const num = nums.get(numId);
    const abstract = num ? abstracts.get(num.abstractId) : undefined;
    if (!abstract) return null;
    if (abstract.levels.size === 0 && abstract.numStyleLink) {
      const linked = styleNumId(abstract.numStyleLink);
      return linked ? abstractOf(linked, seen) : null;
    }
    return abstract;
  };

  const counters = new Map<string, number[]>();
  /** Per abstract definition and level: how many times its count was restarted, which tells its lists apart. */
  const restarts = new Map<string, number>();
  const used = new Set<string>();
  return {
    next(numId, ilvl) {
      if (numId === '0') return null;
      const num = nums.get(numId);
      const abstract = abstractOf(numId);
      if (!num || !abstract) return null;
      const level = abstract.levels.get(ilvl) ?? abstract.levels.get(0);
      if (!level || level.format === 'none') return null;
      // Word counts per abstract definition: a second w:num of it runs on, unless it restarts with a start override.
      const counter = counters.get(num.abstractId) ?? [];
      const override = num.startOverrides.get(ilvl);
      const firstUse = !used.has(`${numId}:${ilvl}`);
      used.add(`${numId}:${ilvl}`);
      const restartKey = `${num.abstractId}:${ilvl}`;
      if (firstUse && override !== undefined) {
        counter[ilvl] = override;
        restarts.set(restartKey, (restarts.get(restartKey) ?? 0) + 1);
      } else counter[ilvl] = counter[ilvl] === undefined ? level.start : counter[ilvl]! + 1;
      // A new item at this level restarts every deeper level.
      counter.length = ilvl + 1;
      counters.set(num.abstractId, counter);
      const key = `${num.abstractId}:${ilvl}:${restarts.get(restartKey) ?? 0}`;
      return { ordered: level.format !== 'bullet', level: ilvl, number: counter[ilvl]!, key, indent: level.indent, hanging: level.hanging };
    },
  };
}

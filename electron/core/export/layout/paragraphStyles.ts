import type { IParagraphStylePropertiesOptions, IRunStylePropertiesOptions, IStylesOptions } from 'docx';
import { UnsupportedLayout, type ParagraphBlock } from './layoutModel.ts';

export type RunStyle = { font?: string; halfPoints?: number; bold?: boolean; italic?: boolean };

/** What a paragraph style gives the paragraphs that use it: their face, and the layout fields of a paragraph block. */
export type ParagraphStyle = { run: RunStyle } & Pick<
  ParagraphBlock,
  'before' | 'after' | 'lineHeight' | 'borderBelow' | 'left' | 'right' | 'firstLine' | 'tabs' | 'keepNext' | 'keepLines'
>;

type StyleOptions = { basedOn?: string; run?: IRunStylePropertiesOptions; paragraph?: IParagraphStylePropertiesOptions };

/** Word's built-in ids of the styles `IStylesOptions.default` names. */
const DEFAULT_IDS: Record<string, string> = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  heading4: 'Heading4',
  heading5: 'Heading5',
  heading6: 'Heading6',
  listParagraph: 'ListParagraph',
};

/** A length given as twips (a number) or as a universal measure docx accepts; ours are all twips. */
export function twips(value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value === 'number') return value;
  throw new UnsupportedLayout(`a length written as ${String(value)}`);
}

function runStyleOf(run: IRunStylePropertiesOptions | undefined): RunStyle {
  if (!run) return {};
  const font = typeof run.font === 'string' ? run.font : run.font === undefined ? undefined : null;
  if (font === null) throw new UnsupportedLayout('a font given per script');
  return {
    ...(font !== undefined ? { font } : {}),
    ...(typeof run.size === 'number' ? { halfPoints: run.size } : {}),
    ...(run.bold !== undefined ? { bold: run.bold } : {}),
    ...(run.italics !== undefined ? { italic: run.italics } : {}),
  };
}

/**
 * Resolves our own style sheet (the options `referatStyles` gives docx) into
 * what the layout needs, following `basedOn` down to the document defaults.
 * Every line height in it is exact; a style with Word's auto line spacing
 * would need the fonts' ascent and descent, so it is refused.
 */
export function paragraphStyles(styles: IStylesOptions): (id: string | undefined) => ParagraphStyle {
  const byId = new Map<string, StyleOptions>();
  for (const [key, id] of Object.entries(DEFAULT_IDS)) {
    const options = (styles.default as Record<string, StyleOptions | undefined> | undefined)?.[key];
    if (options) byId.set(id, { basedOn: 'Normal', ...options });
  }
  for (const style of styles.paragraphStyles ?? []) byId.set(style.id, style as StyleOptions);
  const document = styles.default?.document;
  const base: ParagraphStyle = {
    run: { font: 'Times New Roman', halfPoints: 20, bold: false, italic: false, ...runStyleOf(document?.run) },
    before: 0,
    after: 0,
    lineHeight: 0,
    borderBelow: 0,
    left: 0,
    right: 0,
    firstLine: 0,
    tabs: [],
    keepNext: false,
    keepLines: false,
  };
  const resolved = new Map<string, ParagraphStyle>();
  const apply = (style: ParagraphStyle, options: StyleOptions): ParagraphStyle => {
    const p = options.paragraph ?? {};
    const next = { ...style, run: { ...style.run, ...runStyleOf(options.run) } };
    if (p.spacing) {
      if (p.spacing.before !== undefined) next.before = p.spacing.before;
      if (p.spacing.after !== undefined) next.after = p.spacing.after;
      if (p.spacing.line !== undefined) {
        if (p.spacing.lineRule !== 'exact') throw new UnsupportedLayout('a style without an exact line height');
        next.lineHeight = p.spacing.line;
      }
    }
    if (p.indent) {
      if (p.indent.left !== undefined) next.left = twips(p.indent.left);
      if (p.indent.right !== undefined) next.right = twips(p.indent.right);
      if (p.indent.hanging !== undefined) next.firstLine = -twips(p.indent.hanging);
      if (p.indent.firstLine !== undefined) next.firstLine = twips(p.indent.firstLine);
    }
    if (p.keepNext !== undefined) next.keepNext = p.keepNext;
    if (p.keepLines !== undefined) next.keepLines = p.keepLines;
    const tabs = [...next.tabs];
    if (p.leftTabStop !== undefined) tabs.push({ position: p.leftTabStop, align: 'left' });
    if (p.rightTabStop !== undefined) tabs.push({ position: p.rightTabStop, align: 'right' });
    next.tabs = tabs;
    if (p.border?.bottom) next.borderBelow = borderRoom(p.border.bottom);
    if (p.border?.top) throw new UnsupportedLayout('a border above a paragraph in a style');
    return next;
  };
  const normal = document?.paragraph ? apply(base, { paragraph: document.paragraph }) : base;
  const resolve = (id: string, seen: Set<string>): ParagraphStyle => {
    const known = resolved.get(id);
    if (known) return known;
    const options = byId.get(id);
    if (!options || id === 'Normal' || seen.has(id)) return normal;
    const parent = resolve(options.basedOn ?? 'Normal', new Set([...seen, id]));
    const style = apply(parent, options);
    resolved.set(id, style);
    return style;
  };
  return (id) => {
    const style = resolve(id ?? 'Normal', new Set());
    if (style.lineHeight <= 0) throw new UnsupportedLayout(`style ${id ?? 'Normal'} without an exact line height`);
    return style;
  };
}

/** The room a bottom border takes below the last line: its space (points) and its width (eighths of a point). */
export function borderRoom(border: { style?: string; size?: number; space?: number }): number {
  if (border.style === 'none' || border.style === 'nil') return 0;
  return (border.space ?? 0) * 20 + ((border.size ?? 0) / 8) * 20;
}

/** Run properties of a character style (`Hyperlink`), from `IStylesOptions.default.hyperlink`. */
export function characterStyles(styles: IStylesOptions): (id: string) => RunStyle {
  const hyperlink = runStyleOf((styles.default?.hyperlink as { run?: IRunStylePropertiesOptions } | undefined)?.run);
  return (id) => {
    if (id === 'Hyperlink') return hyperlink;
    throw new UnsupportedLayout(`character style ${id}`);
  };
}

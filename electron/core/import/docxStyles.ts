import { attr, child, children, numberAttr, parseXml, toggle } from './docxXml.ts';

/** What a paragraph or run style contributes, after following `basedOn`. */
export type ResolvedStyle = {
  id: string;
  name: string;
  /** 1–9 from a heading style or an outline level; null for body styles. */
  headingLevel: number | null;
  bold: boolean | null;
  italic: boolean | null;
  /** Points. */
  fontSize: number | null;
  numbering: { numId: string; ilvl: number } | null;
  /** Left indent in points. */
  indent: number | null;
  toc: boolean;
  quote: boolean;
  title: boolean;
};

type RawStyle = {
  id: string;
  name: string;
  basedOn: string | null;
  outlineLevel: number | null;
  bold: boolean | null;
  italic: boolean | null;
  fontSize: number | null;
  numbering: { numId: string | null; ilvl: number | null } | null;
  indent: number | null;
};

export type DocxStyles = {
  paragraph(styleId: string | null): ResolvedStyle | null;
  character(styleId: string | null): ResolvedStyle | null;
  /** The document default size in points (`w:docDefaults`), 11 when the file says nothing. */
  defaultFontSize: number;
};

const HEADING_NAME = /^(?:heading|overskrift)\s*(\d)$/i;

/**
 * Reads `word/styles.xml`: heading and outline levels, the bold, italic and
 * size a style gives its text, and numbering attached to a paragraph style
 * (a `List Bullet` style numbers its paragraphs without any numPr of their own),
 * which mammoth does not carry through.
 */
export function readDocxStyles(xml: string | null): DocxStyles {
  const raw = new Map<string, RawStyle>();
  const charRaw = new Map<string, RawStyle>();
  let defaultFontSize = 11;
  if (xml) {
    const root = parseXml(xml).documentElement!;
    const defaults = child(child(child(root, 'docDefaults'), 'rPrDefault'), 'rPr');
    const size = numberAttr(child(defaults, 'sz'), 'val');
    if (size) defaultFontSize = size / 2;
    for (const style of children(root, 'style')) {
      const type = attr(style, 'type');
      const id = attr(style, 'styleId');
      if (!id || (type !== 'paragraph' && type !== 'character')) continue;
      const pPr = child(style, 'pPr');
      const rPr = child(style, 'rPr');
      const numPr = child(pPr, 'numPr');
      const sz = numberAttr(child(rPr, 'sz'), 'val');
      const left = numberAttr(child(pPr, 'ind'), 'left') ?? numberAttr(child(pPr, 'ind'), 'start');
      const entry: RawStyle = {
        id,
        name: attr(child(style, 'name'), 'val') ?? id,
        basedOn: attr(child(style, 'basedOn'), 'val'),
        outlineLevel: numberAttr(child(pPr, 'outlineLvl'), 'val'),
        bold: toggle(rPr, 'b'),
        italic: toggle(rPr, 'i'),
        fontSize: sz ? sz / 2 : null,
        numbering: numPr ? { numId: attr(child(numPr, 'numId'), 'val'), ilvl: numberAttr(child(numPr, 'ilvl'), 'val') } : null,
        indent: left !== null ? left / 20 : null,
      };
      (type === 'paragraph' ? raw : charRaw).set(id, entry);
    }
  }
  const resolve = (table: Map<string, RawStyle>, cache: Map<string, ResolvedStyle | null>, id: string | null): ResolvedStyle | null => {
    if (!id) return null;
    if (cache.has(id)) return cache.get(id)!;
    cache.set(id, null); // guards against a basedOn cycle
    const style = table.get(id);
    if (!style) return null;
    const base = resolve(table, cache, style.basedOn);
    const nameLevel = HEADING_NAME.exec(style.name) ?? HEADING_NAME.exec(style.id);
    const outline = style.outlineLevel !== null && style.outlineLevel < 9 ? style.outlineLevel + 1 : null;
    const numbering =
      style.numbering && style.numbering.numId !== null
        ? { numId: style.numbering.numId, ilvl: style.numbering.ilvl ?? 0 }
        : style.numbering && base?.numbering
          ? { numId: base.numbering.numId, ilvl: style.numbering.ilvl ?? base.numbering.ilvl }
          : (base?.numbering ?? null);
    const lower = style.name.toLowerCase();
    const resolved: ResolvedStyle = {
      id,
      name: style.name,
      headingLevel: nameLevel ? Number(nameLevel[1]) : (outline ?? base?.headingLevel ?? null),
      bold: style.bold ?? base?.bold ?? null,
      italic: style.italic ?? base?.italic ?? null,
      fontSize: style.fontSize ?? base?.fontSize ?? null,
      numbering: numbering && numbering.numId !== '0' ? numbering : null,
      indent: style.indent ?? base?.indent ?? null,
      toc: /^(toc|indholdsfortegnelse)\s*\d/.test(lower) || (base?.toc ?? false),
      quote: /^(quote|intense quote|citat)/.test(lower) || (base?.quote ?? false),
      title: lower === 'title' || lower === 'titel' || (base?.title ?? false),
    };
    cache.set(id, resolved);
    return resolved;
  };
  const paragraphCache = new Map<string, ResolvedStyle | null>();
  const characterCache = new Map<string, ResolvedStyle | null>();
  return {
    paragraph: (id) => resolve(raw, paragraphCache, id),
    character: (id) => resolve(charRaw, characterCache, id),
    defaultFontSize,
  };
}

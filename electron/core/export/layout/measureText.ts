import { FONT_WIDTH_RANGES, FONT_WIDTHS } from './fontWidths.generated.ts';
import { UnsupportedLayout, type Face } from './layoutModel.ts';

const INDEX = new Map<number, number>();
for (const [from, to] of FONT_WIDTH_RANGES) for (let code = from; code <= to; code += 1) INDEX.set(code, INDEX.size);

/** The fonts whose widths we carry; text in another font (Georgia, Garamond) is left to docx's own layout. */
export function hasWidths(font: string): boolean {
  return font in FONT_WIDTHS;
}

const cache = new Map<string, (text: string) => number>();

/**
 * A no-break space takes a space's room and a non-breaking hyphen a hyphen's,
 * as Word and LibreOffice lay them out (LibreOffice draws them as a blank and
 * a hyphen; Carlito has no glyph of its own for either). They only differ in
 * where a line may break, which `breakLines` knows: at neither.
 */
function sameWidthAs(code: number): number {
  if (code === 0xa0) return 0x20;
  if (code === 0x2011) return 0x2d;
  return code;
}

/** How wide a piece of text is in a face, in twips. */
export function measurer(face: Face): (text: string) => number {
  const key = `${face.font}|${face.bold ? 1 : 0}${face.italic ? 1 : 0}|${face.halfPoints}`;
  const known = cache.get(key);
  if (known) return known;
  const font = FONT_WIDTHS[face.font];
  if (!font) throw new UnsupportedLayout(`text in ${face.font}`);
  const widths = face.bold ? (face.italic ? font.boldItalic : font.bold) : face.italic ? font.italic : font.regular;
  // font units → twips: units / unitsPerEm × size in points × 20.
  const scale = (face.halfPoints * 10) / font.unitsPerEm;
  const measure = (text: string): number => {
    let units = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = sameWidthAs(text.charCodeAt(i));
      // A soft hyphen takes no room unless a line breaks at it, which is not modelled: refused as unknown.
      const index = code === 0xad ? undefined : INDEX.get(code);
      const width = index === undefined ? -1 : widths[index]!;
      if (width < 0) throw new UnsupportedLayout(`the character U+${code.toString(16).toUpperCase().padStart(4, '0')} in ${face.font}`);
      units += width;
    }
    return units * scale;
  };
  cache.set(key, measure);
  return measure;
}

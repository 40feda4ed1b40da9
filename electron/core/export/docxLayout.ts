import type { PageNumberEstimator } from 'docx';

/** Thrown by `docxPageNumbers` until docx's layout is loaded: `buildReferatDocx` loads it and packs the document again. */
export class DocxLayoutNotLoaded extends Error {
  constructor() {
    super('docx’s layout is not loaded');
  }
}

let loaded: PageNumberEstimator | undefined;

/**
 * docx's general layout of any Word document, loaded on first need: it is
 * 1.7 MB of code and font tables that a cold export would otherwise compile
 * (~150 ms) only for the rare document our own layout hands over (a font we
 * carry no widths for, an emoji). Garamond is not in its tables: `guess`
 * measures it as the nearest font it knows, and keeps a number in every entry
 * where it meets something it cannot measure exactly; a near number is better
 * than a blank one, and LibreOffice recomputes them anyway.
 */
export async function loadDocxLayout(): Promise<PageNumberEstimator> {
  if (!loaded) {
    const { estimatePageNumbersWith } = await import('docx/layout');
    loaded ??= estimatePageNumbersWith({ guess: true });
  }
  return loaded;
}

/** Whether an export has needed docx's layout in this process yet. */
export function docxLayoutLoaded(): boolean {
  return loaded !== undefined;
}

/** docx's layout once `loadDocxLayout` has loaded it; before that it throws `DocxLayoutNotLoaded`. */
export const docxPageNumbers: PageNumberEstimator = (body, context) => {
  if (!loaded) throw new DocxLayoutNotLoaded();
  return loaded(body, context);
};

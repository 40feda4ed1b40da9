import type { Committee, DocumentFont } from '../../../shared/domain/committee.ts';
import { documentText } from '../../../shared/i18n/document.da.ts';

/** `dagsorden` goes out before the meeting (no decisions, no signature page); `referat` is the protocol after it. */
export type ReferatVariant = 'referat' | 'dagsorden';
/** `offentlig` shows closed items by number, title and case number only; `fuld` keeps their text. */
export type ReferatAudience = 'fuld' | 'offentlig';

export const REFERAT_VARIANTS: readonly ReferatVariant[] = ['referat', 'dagsorden'];
export const REFERAT_AUDIENCES: readonly ReferatAudience[] = ['fuld', 'offentlig'];

export type ExportOptions = { variant: ReferatVariant; audience: ReferatAudience; font: DocumentFont };

export function exportOptions(
  committee: Committee,
  options: { variant?: ReferatVariant | undefined; audience?: ReferatAudience | undefined } = {},
): ExportOptions {
  return { variant: options.variant ?? 'referat', audience: options.audience ?? 'fuld', font: committee.template.font ?? 'Calibri' };
}

/** `Referat` / `Dagsorden`: the word in the title, the running header and the file name. */
export function variantLabel(variant: ReferatVariant): string {
  return documentText.variant[variant];
}

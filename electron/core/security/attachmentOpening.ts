import { fileExtension } from './safeFileName.ts';

/**
 * File types the system may open directly: documents, spreadsheets, slides,
 * images, sound and mail, which open in a viewer or editor and run nothing by
 * themselves. An allowlist, not a list of dangerous types: a program type
 * nobody thought of (`.exe .bat .cmd .com .msi .ps1 .vbs .js .jar .sh
 * .desktop .lnk .app .scr`, `.hta`, `.appimage`, …), a macro-enabled Office
 * file (`.docm`), a page that runs script in the browser (`.html`, `.svg`), an
 * archive, or a name without an extension is never opened; it is saved to a
 * folder the user picks instead.
 */
const OPENS_IN_VIEWER = new Set([
  'pdf',
  'txt',
  'csv',
  'rtf',
  'doc',
  'docx',
  'odt',
  'xls',
  'xlsx',
  'ods',
  'ppt',
  'pptx',
  'odp',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'bmp',
  'tif',
  'tiff',
  'webp',
  'heic',
  'msg',
  'eml',
  'mp3',
  'm4a',
  'wav',
  'mp4',
]);

export type AttachmentOpening = 'open' | 'save';

/** What "open" does with a bilag of this (already safe) file name: hand it to the system viewer, or save it instead. */
export function attachmentOpening(safeName: string): AttachmentOpening {
  return OPENS_IN_VIEWER.has(fileExtension(safeName)) ? 'open' : 'save';
}

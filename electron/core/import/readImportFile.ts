import { ImportFailure } from './importFailure.ts';
import type { SourceDocument } from './sourceDocument.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** `EncryptedPackage` in UTF-16LE: the stream Word puts a password-protected .docx in. */
const ENCRYPTED_PACKAGE = new Uint8Array([...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]));

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first!); i !== -1 && i <= bytes.length - needle.length; i = bytes.indexOf(first!, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Which reader a file needs, from its first bytes rather than its name: a
 * DOCX is a zip, a PDF starts with `%PDF-`. A password-protected .docx is an
 * OLE container holding an `EncryptedPackage`; any other OLE file is the old
 * binary .doc format.
 */
export function detectFormat(bytes: Uint8Array): 'docx' | 'pdf' {
  if (bytes.byteLength === 0) throw new ImportFailure('tom');
  if (startsWith(bytes, ZIP)) return 'docx';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, OLE)) throw new ImportFailure(contains(bytes, ENCRYPTED_PACKAGE) ? 'krypteret' : 'gammelWord');
  throw new ImportFailure('ukendtFormat');
}

/** The file's blocks, whichever format it is; a Danish ImportFailure when it cannot be read. */
export async function readImportFile(bytes: Uint8Array): Promise<SourceDocument> {
  const format = detectFormat(bytes);
  try {
    // The readers (mammoth, pdf.js) load on first use: they are large, and most starts import nothing.
    return format === 'pdf' ? await (await import('./readPdf.ts')).readPdf(bytes) : await (await import('./readDocx.ts')).readDocx(bytes);
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    throw new ImportFailure('beskadiget');
  }
}

/**
 * Starts loading the reader a file needs (mammoth, or pdf.js and its worker
 * code: megabytes to compile) without waiting for it, so that it compiles
 * while the caller waits on something else, such as the store's durable
 * writes as it opens. A file no reader takes loads nothing; a failure shows
 * when the file is read.
 */
export function preloadReader(bytes: Uint8Array): void {
  let format: 'docx' | 'pdf';
  try {
    format = detectFormat(bytes);
  } catch {
    return;
  }
  const loading = format === 'pdf' ? import('./readPdf.ts').then(async () => (await import('./loadPdfJs.ts')).loadPdfJs()) : import('./readDocx.ts');
  loading.catch(() => undefined);
}

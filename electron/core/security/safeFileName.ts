/** Room for a folder path in front: most file systems allow 255 bytes per name. */
const MAX_NAME_BYTES = 200;
const MAX_EXTENSION_CHARS = 16;

/**
 * Characters that change how a name looks or which file it means, never what
 * it says: bidi overrides, embeddings and isolates (`faktura‮fdp.exe` shows as
 * `fakturaexe.pdf`), marks, zero-width characters and the byte-order mark.
 */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
/** Control characters (C0, DEL, C1), line and paragraph separators, noncharacters, and what Windows forbids in a name. */
const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFFFE\uFFFF\\/:*?"<>|]/gu; // eslint-disable-line no-control-regex
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Device names Windows resolves before any extension: `NUL.txt` is the null device. */
const WINDOWS_RESERVED = /^(CON|PRN|AUX|NUL|CLOCK\$|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$/i;

/** A file's name as shown and printed: the same name, without the invisible characters that could disguise it. */
export function visibleFileName(name: string): string {
  return name.replace(INVISIBLE, '').trim() || 'bilag';
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/**
 * A bilag's name made safe as a file name on every system, keeping the
 * extension the viewer needs: bidi and other invisible characters removed,
 * control and reserved characters replaced, no leading dots (hidden files,
 * `..`), no trailing dots or spaces (Windows drops them: `x.exe.` is
 * `x.exe`), Windows device names prefixed, and a long name shortened in its
 * stem so the extension survives.
 */
export function safeFileName(name: string): string {
  let cleaned = name
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, '_')
    .replace(/^[\s.]+/u, '')
    .replace(/[\s.]+$/u, '');
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot - 1 <= MAX_EXTENSION_CHARS && /^[\p{L}\p{N}_-]+$/u.test(cleaned.slice(dot + 1)) ? cleaned.slice(dot) : '';
  let stem = extension ? cleaned.slice(0, dot) : cleaned;
  // Windows looks at the part before the first dot: `nul.tar.gz` is the device too.
  if (WINDOWS_RESERVED.test(stem.split('.')[0]!.trimEnd())) stem = `_${stem}`;
  const room = MAX_NAME_BYTES - utf8Length(extension);
  if (utf8Length(stem) > room) {
    const kept: string[] = [];
    let bytes = 0;
    for (const ch of stem) {
      bytes += utf8Length(ch);
      if (bytes > room) break;
      kept.push(ch);
    }
    stem = kept.join('').replace(/[\s.]+$/u, '');
  }
  cleaned = stem + extension;
  return stem === '' ? `bilag${extension}` : cleaned;
}

/** The extension a system would go by, lower-case and without the dot; '' when there is none. */
export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

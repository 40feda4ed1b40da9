import { lstatSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';
import { ReferentError } from '../../../shared/api/result.ts';
import { storeText } from '../../../shared/i18n/store.da.ts';

/**
 * The Danish reason for a file-system error the secretary can put right in the data folder (a file where a folder
 * belongs, no permission, a read-only drive, a link in a ring), or null for anything else. `EEXIST` only from
 * `mkdir`: elsewhere it is not the folder-shaped problem the text describes.
 */
export function fsReason(error: unknown): string | null {
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  if (!code || !Object.hasOwn(storeText.fsReasons, code)) return null;
  if (code === 'EEXIST' && syscall !== 'mkdir') return null;
  return storeText.fsReasons[code as keyof typeof storeText.fsReasons];
}

/**
 * The file an error names, relative to the data folder when it lies inside it. For ENOTDIR that is the file standing
 * where a folder on the way belongs (`backups`, not `backups/x/manifest.json` below it).
 */
function fileOf(error: unknown, dir: string | undefined): string | null {
  const { path: named, code } = error as NodeJS.ErrnoException;
  if (!named) return null;
  const path = code === 'ENOTDIR' ? notAFolderOnTheWay(named) : named;
  if (!dir) return path;
  const inside = relative(dir, path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

function notAFolderOnTheWay(path: string): string {
  for (let at = path; dirname(at) !== at; at = dirname(at)) {
    try {
      if (!lstatSync(at).isDirectory()) return at;
    } catch {
      // Not there, or a file above it: look further up.
    }
  }
  return path;
}

/** What went wrong, in Danish where the error is one of those above (`backups er en fil, …`), as the error says otherwise. */
export function whatWentWrong(error: unknown, dir?: string): string {
  const reason = fsReason(error);
  if (!reason) return error instanceof Error ? error.message : String(error);
  const file = fileOf(error, dir);
  return file ? `${file} ${reason}` : reason;
}

/** A file-system error at open as a Danish message naming the file, for a store that cannot open; anything else as it was. */
export function openErrorInDanish(error: unknown, dir: string): unknown {
  if (error instanceof ReferentError) return error;
  const reason = fsReason(error);
  return reason ? new ReferentError('intern_fejl', storeText.cannotOpen(dir, fileOf(error, dir), reason)) : error;
}

/**
 * A file-system error met by a request once the store is open (saving, a backup, a restore) as a Danish message
 * naming the file, instead of the bare "an unexpected error": the secretary can move the stray file away and try
 * again. Null for any other error.
 */
export function requestErrorInDanish(error: unknown, dir?: string): ReferentError | null {
  if (error instanceof ReferentError) return null;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  // Node's own limits (a string too long) are not always about a file: only open, which reads files alone, names them so.
  if (!code || code.startsWith('ERR_')) return null;
  if (code === 'ENOSPC') return new ReferentError('disk_fuld', storeText.diskFullDuring(fileOf(error, dir)));
  const reason = fsReason(error);
  return reason ? new ReferentError('intern_fejl', storeText.fileProblem(fileOf(error, dir), reason)) : null;
}

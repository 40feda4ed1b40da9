import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { storeText } from '../../../shared/i18n/store.da.ts';

/**
 * Opened without blocking, so a FIFO or a device put where a store file
 * belongs is found (not a regular file) instead of hanging the open for good.
 */
export const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A store file whose bytes are no text Referent wrote: not a regular file, or not UTF-8 (saved as Windows-1252, say). */
export class UnreadableTextError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A store file's bytes as text. Strict: bytes that are not UTF-8 would decode
 * to U+FFFD, and the next save would make that loss permanent; such a file is
 * damaged, to be put aside and restored like any other. A byte order mark, as
 * an editor may add, is no part of the JSON and is dropped.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new UnreadableTextError(storeText.reasons.encoding);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Throws UnreadableTextError for what is not a regular file, before reading it. */
export async function assertRegularFile(handle: FileHandle): Promise<void> {
  if (!(await handle.stat()).isFile()) throw new UnreadableTextError(storeText.reasons.notAFile);
}

/**
 * A file's text, decoded as UTF-8 in one step from one buffer (fs/promises'
 * `readFile(path, 'utf8')` runs the bytes through a StringDecoder chunk by
 * chunk; meeting files and the root file are cheaper decoded whole).
 */
export async function readText(from: string | FileHandle): Promise<string> {
  if (typeof from !== 'string') return decodeText(await from.readFile());
  const handle = await open(from, READ_FLAGS);
  try {
    await assertRegularFile(handle);
    return decodeText(await handle.readFile());
  } finally {
    await handle.close();
  }
}

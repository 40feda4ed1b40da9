import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from './durableJsonFile.ts';
import { attachmentFilePath } from '../../../shared/domain/meeting.ts';
import { ReferentError } from '../../../shared/api/result.ts';
import { securityText } from '../../../shared/i18n/security.da.ts';

export const ATTACHMENTS_DIR = 'bilag';

/**
 * The largest bilag Referent reads back. `attachments.add` takes at most 34 MB
 * of base64 (25 MB of file); a record claiming more was not made by Referent,
 * and reading it must not exhaust memory.
 */
export const MAX_ATTACHMENT_BYTES = 32 * 1024 * 1024;

export type StoredFile = { path: string; sha256: string; size: number };
export type FileCheck = 'ok' | 'mangler' | 'aendret';

const SHA256 = /^[0-9a-f]{64}$/;

/** Not on every platform (Windows has no O_NOFOLLOW); the lstat before opening covers it there. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Bilag are copied into the data directory under their SHA-256, so the same
 * file attached twice is stored once and any change to a stored copy shows.
 */
export async function storeAttachmentFile(dir: string, bytes: Uint8Array): Promise<StoredFile> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await mkdir(join(dir, ATTACHMENTS_DIR), { recursive: true });
  // A `bilag` that is a link to another folder would have the copy written there.
  if (!(await lstat(join(dir, ATTACHMENTS_DIR))).isDirectory()) throw new ReferentError('konflikt', securityText.attachments.folderNotOurs);
  // Whatever sits under the name and is not this very file (a symlink, a damaged copy) is replaced: the rename swaps the entry, never writes through it.
  const existing = await readAttachmentFile(dir, { sha256, size: bytes.byteLength });
  if (existing.check !== 'ok') await writeFileDurably(join(dir, ATTACHMENTS_DIR, sha256), bytes);
  return { path: attachmentFilePath(sha256), sha256, size: bytes.byteLength };
}

/**
 * A bilag's bytes, found from its hash alone, in `bilag/` of the data
 * directory and nowhere else. Only a regular file of exactly the recorded size
 * is read (never through a symlink, a device or a pipe), and only that many
 * bytes: a record pointing at /dev/zero or a huge file costs nothing. Every
 * answer is about `bilag/<sha256>` inside the data directory, so "mangler" and
 * "ændret" say nothing about files anywhere else.
 */
export async function readAttachmentFile(dir: string, file: { sha256: string; size: number }): Promise<{ check: FileCheck; bytes?: Buffer }> {
  if (!SHA256.test(file.sha256)) return { check: 'mangler' };
  if (!Number.isSafeInteger(file.size) || file.size < 0 || file.size > MAX_ATTACHMENT_BYTES) return { check: 'aendret' };
  const folder = join(dir, ATTACHMENTS_DIR);
  const path = join(folder, file.sha256);
  try {
    // The folder itself must be ours too, not a link to somewhere else.
    if (!(await lstat(folder)).isDirectory()) return { check: 'mangler' };
    if (!(await lstat(path)).isFile()) return { check: 'aendret' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return { check: 'mangler' };
    return { check: 'aendret' };
  }
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    return { check: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'mangler' : 'aendret' };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile() || stat.size !== file.size) return { check: 'aendret' };
    // One byte more than recorded, to notice a file that grew since the stat.
    const bytes = Buffer.alloc(file.size + 1);
    let read = 0;
    while (read < bytes.length) {
      const { bytesRead } = await handle.read(bytes, read, bytes.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    if (read !== file.size) return { check: 'aendret' };
    const content = bytes.subarray(0, file.size);
    const actual = createHash('sha256').update(content).digest('hex');
    return actual === file.sha256 ? { check: 'ok', bytes: content } : { check: 'aendret' };
  } catch {
    return { check: 'aendret' };
  } finally {
    await handle.close();
  }
}

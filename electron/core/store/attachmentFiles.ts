import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from './durableJsonFile.ts';

export const ATTACHMENTS_DIR = 'bilag';

export type StoredFile = { path: string; sha256: string; size: number };
export type FileCheck = 'ok' | 'mangler' | 'aendret';

/**
 * Bilag are copied into the data directory under their SHA-256, so the same
 * file attached twice is stored once and any change to a stored copy shows.
 */
export async function storeAttachmentFile(dir: string, bytes: Uint8Array): Promise<StoredFile> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const path = `${ATTACHMENTS_DIR}/${sha256}`;
  await mkdir(join(dir, ATTACHMENTS_DIR), { recursive: true });
  if (!existsSync(join(dir, path))) await writeFileDurably(join(dir, path), bytes);
  return { path, sha256, size: bytes.byteLength };
}

export async function readAttachmentFile(dir: string, file: { path: string; sha256: string }): Promise<{ check: FileCheck; bytes?: Buffer }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, file.path));
  } catch {
    return { check: 'mangler' };
  }
  const actual = createHash('sha256').update(bytes).digest('hex');
  return actual === file.sha256 ? { check: 'ok', bytes } : { check: 'aendret' };
}

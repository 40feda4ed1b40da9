import { open, rename, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { diskFullOr } from './diskFull.ts';
import { readText } from './readText.ts';

/**
 * What identifies one version of a file cheaply, without reading it: its size,
 * modification time and inode. Every durable write makes a new inode (the temp
 * file renamed into place), so a file whose stamp still matches is the file we
 * wrote; a sync engine or an editor changing it changes the stamp.
 */
export type FileStamp = { size: number; mtimeMs: number; ino: number };

export function stampOf(stats: Pick<Stats, 'size' | 'mtimeMs' | 'ino'>): FileStamp {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino };
}

export function sameStamp(a: FileStamp | null | undefined, b: FileStamp | null | undefined): boolean {
  return !!a && !!b && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

let counter = 0;

/** The temp name of a write in progress; `removeInterruptedWrites` knows the pattern. */
export function tempPathFor(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.${counter}.tmp`);
}

export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/**
 * Writes a file so that a crash or power cut leaves the old file or the new one,
 * never a torn mix: the content goes to a temp file that is fsynced before it is
 * renamed over the old one, and the directory is fsynced so the rename itself is
 * on disk. On any failure (a full disk: `disk_fuld`) the temp file is removed and
 * the old file is untouched. Returns the new file's stamp.
 */
export async function writeFileDurably(path: string, content: string | Uint8Array, options: { mode?: number } = {}): Promise<FileStamp> {
  const tmp = tempPathFor(path);
  let handle: FileHandle | undefined;
  let stats: Stats;
  const scratch = typeof content === 'string' ? takeScratch(Buffer.byteLength(content)) : null;
  try {
    handle = await open(tmp, 'wx', options.mode ?? 0o644);
    if (scratch) {
      const length = scratch.write(content as string, 'utf8');
      await handle.writeFile(scratch.subarray(0, length));
    } else {
      await handle.writeFile(content);
    }
    await handle.sync();
    stats = await handle.stat();
    await handle.close();
    handle = undefined;
    await rename(tmp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw diskFullOr(error);
  } finally {
    if (scratch) giveBackScratch(scratch);
  }
  try {
    await syncDirectory(dirname(path));
  } catch (error) {
    // The rename has happened: the new file is what every reader sees from now on, so the write has landed and must be
    // counted as such (its audit entries kept). Only that it survives a power cut is unconfirmed.
    throw new NotSyncedError(stampOf(stats), error);
  }
  return stampOf(stats);
}

/** A write that reached its file (renamed into place, or a delete) whose directory could not be fsynced; `stamp` is the new file's. */
export class NotSyncedError extends Error {
  readonly stamp: FileStamp | null;
  constructor(stamp: FileStamp | null, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'NotSyncedError';
    this.stamp = stamp;
  }
}

// One reusable buffer for encoding what is written: a fresh 100 KB buffer per save costs more than the encoding itself.
let spare: Buffer | null = null;

function takeScratch(bytes: number): Buffer {
  const buffer = spare && spare.length >= bytes ? spare : Buffer.allocUnsafeSlow(Math.max(bytes, 64 * 1024));
  if (buffer === spare) spare = null;
  return buffer;
}

function giveBackScratch(buffer: Buffer): void {
  if (buffer.length <= 8 * 1024 * 1024 && (!spare || spare.length < buffer.length)) spare = buffer;
}

/**
 * Replaces a file in one step (temp file, rename) without waiting for the disk:
 * for what can be rebuilt or is worthless after a power cut (the summary index,
 * the lock), a reader still never sees half a file.
 */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const tmp = tempPathFor(path);
  try {
    await writeFile(tmp, content, { flag: 'wx' });
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw diskFullOr(error);
  }
}

export function storeJson(data: unknown): string {
  return JSON.stringify(data, null, 1) + '\n';
}

/** lowdb adapter on writeFileDurably; `stamp` is the stamp of the last write. */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string;
  stamp: FileStamp | null = null;

  constructor(path: string) {
    this.path = path;
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readText(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    try {
      this.stamp = await writeFileDurably(this.path, storeJson(data));
    } catch (error) {
      if (error instanceof NotSyncedError) this.stamp = error.stamp;
      throw error;
    }
  }
}

export async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

import { open, rename, readFile, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/**
 * lowdb adapter whose write survives a crash or power cut: the new content goes
 * to a temp file that is fsynced before it is renamed over the old one, and the
 * directory is fsynced so the rename itself is on disk. A reader therefore sees
 * either the old file or the new one, never a torn mix.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string;
  readonly #indent: number;

  constructor(path: string, options: { indent?: number } = {}) {
    this.path = path;
    this.#indent = options.indent ?? 1;
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, JSON.stringify(data, null, this.#indent) + '\n');
  }
}

export async function writeFileDurably(path: string, content: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(tmp, 'w', options.mode ?? 0o644);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(path));
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

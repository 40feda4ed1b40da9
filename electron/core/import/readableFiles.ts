import { createHash } from 'node:crypto';

export type ReadableFormat = 'docx' | 'pdf';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The files this process has read in full as a document (by their SHA-256),
 * the last few. The review screen analyses a file and then commits the same
 * bytes: the commit must only store a file the import can read, and a file
 * read a moment ago need not be read again (for a long PDF, a second or more).
 * Reading is deterministic, so the same bytes read the same way again.
 */
export class ReadableFiles {
  readonly #formats = new Map<string, ReadableFormat>();

  constructor(private readonly capacity = 8) {}

  remember(sha256: string, format: ReadableFormat): void {
    this.#formats.delete(sha256);
    this.#formats.set(sha256, format);
    while (this.#formats.size > this.capacity) this.#formats.delete(this.#formats.keys().next().value!);
  }

  /** The format of a file read before, or null: then it has to be read. */
  formatOf(sha256: string): ReadableFormat | null {
    return this.#formats.get(sha256) ?? null;
  }
}

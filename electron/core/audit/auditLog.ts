import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Canonical } from '../hash/sha256Canonical.ts';

export const AUDIT_FILE = 'audit.jsonl';
const GENESIS = '0'.repeat(64);

export type AuditAction =
  | 'sendt_til_godkendelse'
  | 'godkendt'
  | 'afvist'
  | 'genaabnet'
  | 'eksporteret'
  | 'dagsorden_eksporteret'
  | 'tjek_tilsidesat'
  | 'godkendelsespakke_eksporteret'
  | 'svar_importeret';

export type AuditEntry = {
  seq: number;
  at: string;
  meetingId: string;
  action: AuditAction;
  actor: string;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
};

export type AuditVerification = { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number; reason: string };

/**
 * Append-only, hash-chained log of what happened to protocols. Each line's hash
 * covers its content and the previous line's hash, so removing, reordering or
 * editing any line breaks every hash after it. Appends are fsynced.
 */
export class AuditLog {
  readonly path: string;
  #entries: AuditEntry[];

  private constructor(path: string, entries: AuditEntry[]) {
    this.path = path;
    this.#entries = entries;
  }

  static async open(dir: string): Promise<AuditLog> {
    const path = join(dir, AUDIT_FILE);
    return new AuditLog(path, await readEntries(path));
  }

  entries(meetingId?: string): AuditEntry[] {
    return meetingId ? this.#entries.filter((e) => e.meetingId === meetingId) : [...this.#entries];
  }

  async append(entry: Pick<AuditEntry, 'at' | 'meetingId' | 'action' | 'actor' | 'details'>): Promise<AuditEntry> {
    const last = this.#entries.at(-1);
    const body = { seq: (last?.seq ?? 0) + 1, ...entry, prevHash: last?.hash ?? GENESIS };
    const full: AuditEntry = { ...body, hash: sha256Canonical(body) };
    const handle = await open(this.path, 'a');
    try {
      await handle.appendFile(JSON.stringify(full) + '\n', 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    this.#entries.push(full);
    return full;
  }

  /** Re-reads the file and checks every link of the chain. */
  async verify(): Promise<AuditVerification> {
    let entries: AuditEntry[];
    try {
      entries = await readEntries(this.path);
    } catch (error) {
      return { ok: false, entries: 0, brokenAt: 0, reason: (error as Error).message };
    }
    let prev = GENESIS;
    for (const [index, e] of entries.entries()) {
      const { hash, ...body } = e;
      if (e.prevHash !== prev || e.seq !== index + 1 || sha256Canonical(body) !== hash) {
        return { ok: false, entries: entries.length, brokenAt: index + 1, reason: `Linje ${index + 1} i revisionssporet passer ikke med kæden.` };
      }
      prev = hash;
    }
    return { ok: true, entries: entries.length };
  }
}

async function readEntries(path: string): Promise<AuditEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as AuditEntry;
      } catch {
        throw new Error(`Linje ${i + 1} i revisionssporet kan ikke læses.`);
      }
    });
}

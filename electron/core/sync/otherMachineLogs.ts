import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Canonical } from '../hash/sha256Canonical.ts';
import type { AuditEntry } from '../audit/auditLog.ts';
import { syncText } from '../../../shared/i18n/sync.da.ts';
import { verifySignature } from '../approval/memberIdentity.ts';

export const OTHER_LOGS_FILE = 'revisionsspor.jsonl';

type Link = { hash: string; prevHash: string };
type Chain = { key: string | null; links: Map<number, Link> };
/** What a machine signs for each entry it shares: the entry and whose chain it is in. */
export function signedLogPayload(machineId: string, entry: AuditEntry): unknown {
  return { kind: 'referent-revisionsspor', machineId, entry };
}
export type MachineLog = { machineId: string; entries: number; lastAt: string | null };

/**
 * Other machines' audit entries for one committee, as they arrived, each
 * machine's a chain of its own. A machine shares only the entries that concern
 * this committee, so its chain has gaps (its other committees' entries); where
 * two neighbours both arrived, the later must name the earlier's hash. An
 * entry that does not hash to what it says, a second entry under a number
 * already taken, or one that does not link to its neighbour was not written
 * by that machine's Referent: it is refused (quarantined by the caller), and
 * what arrived before it stays as it was. Since anyone can compute a hash,
 * each entry is also signed with the machine's installation key, pinned by
 * the first entry that arrived from it: an entry slipped into a gap of the
 * chain by someone with write access to the server has no valid signature.
 */
export class OtherMachineLogs {
  readonly #path: string;
  readonly #dir: string;
  #chains: Map<string, Chain> | null = null;
  /** The file ends in a line torn by a crash: the next entry starts on a line of its own. */
  #torn = false;

  constructor(dbDir: string) {
    this.#dir = dbDir;
    this.#path = join(dbDir, OTHER_LOGS_FILE);
  }

  /** Null when the entry is taken (or was already there), else why it is refused. */
  async accept(machineId: string, entry: AuditEntry, publicKey: string | undefined, signature: string | undefined): Promise<string | null> {
    const chains = await this.#load();
    const chain = chains.get(machineId) ?? { key: null, links: new Map<number, Link>() };
    if (!publicKey || !signature || !verifySignature(signedLogPayload(machineId, entry), signature, publicKey)) return syncText.quarantine.logSignature;
    if (chain.key && chain.key !== publicKey) return syncText.quarantine.logKey;
    const problem = checkLink(chain.links, entry);
    if (problem === 'known') return null;
    if (problem) return problem;
    await mkdir(this.#dir, { recursive: true });
    await appendFile(this.#path, (this.#torn ? '\n' : '') + JSON.stringify({ machineId, publicKey, ...entry }) + '\n');
    this.#torn = false;
    chain.key ??= publicKey;
    chain.links.set(entry.seq, { hash: entry.hash, prevHash: entry.prevHash });
    chains.set(machineId, chain);
    return null;
  }

  /** What arrived, per machine: how many entries and the newest one's time. */
  async summary(): Promise<MachineLog[]> {
    const out = new Map<string, MachineLog>();
    for (const { machineId, entry } of await readLines(this.#path)) {
      const known = out.get(machineId) ?? { machineId, entries: 0, lastAt: null };
      known.entries += 1;
      if (!known.lastAt || entry.at > known.lastAt) known.lastAt = entry.at;
      out.set(machineId, known);
    }
    return [...out.values()];
  }

  async #load(): Promise<Map<string, Chain>> {
    if (this.#chains) return this.#chains;
    const chains = new Map<string, Chain>();
    const text = await readFile(this.#path, 'utf8').catch(() => '');
    this.#torn = text.length > 0 && !text.endsWith('\n');
    for (const { machineId, publicKey, entry } of parseLines(text)) {
      const chain = chains.get(machineId) ?? { key: publicKey, links: new Map<number, Link>() };
      chain.links.set(entry.seq, { hash: entry.hash, prevHash: entry.prevHash });
      chains.set(machineId, chain);
    }
    this.#chains = chains;
    return chains;
  }
}

function checkLink(chain: Map<number, Link>, entry: AuditEntry): string | null | 'known' {
  const { hash, ...body } = entry;
  if (sha256Canonical(body) !== hash) return syncText.quarantine.logHash;
  const same = chain.get(entry.seq);
  if (same) return same.hash === hash ? 'known' : syncText.quarantine.logTwice(entry.seq);
  const before = chain.get(entry.seq - 1);
  if (before && before.hash !== entry.prevHash) return syncText.quarantine.logChain(entry.seq);
  const after = chain.get(entry.seq + 1);
  if (after && after.prevHash !== hash) return syncText.quarantine.logChain(entry.seq);
  return null;
}

type Line = { machineId: string; publicKey: string | null; entry: AuditEntry };

async function readLines(path: string): Promise<Line[]> {
  return parseLines(await readFile(path, 'utf8').catch(() => ''));
}

function parseLines(text: string): Line[] {
  const out: Line[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const { machineId, publicKey, ...entry } = JSON.parse(line) as AuditEntry & { machineId: string; publicKey?: string };
      if (typeof machineId === 'string' && typeof entry.seq === 'number' && typeof entry.hash === 'string') out.push({ machineId, publicKey: publicKey ?? null, entry });
    } catch {
      // A line torn by a crash mid-append: the entry arrives again (the checkpoint was not moved past it).
    }
  }
  return out;
}

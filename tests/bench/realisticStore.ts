/**
 * A realistic large store for measuring: every meeting is a clone of one of the
 * three seed protocols with its words redrawn from the seeds' own vocabulary, so
 * no two meetings share their text (about 63 KB a meeting, as the seeds are).
 * Files are written directly (no fsync), in the shape the current schema has.
 *
 *   npx tsx tests/bench/realisticStore.ts DIR 5000
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION } from '../../shared/domain/storeSchema.ts';
import type { Meeting } from '../../shared/domain/meeting.ts';
import type { Committee } from '../../shared/domain/committee.ts';
import { printedContent } from '../../shared/domain/printedContent.ts';
import { sha256Canonical } from '../../electron/core/hash/sha256Canonical.ts';

const SEEDS = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'seeds');
const STATUSES = ['kladde', 'udsendt', 'afholdt', 'afholdt', 'godkendt'] as const;

/** A small deterministic PRNG (mulberry32), so a store can be made again byte for byte. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function collectWords(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) for (const n of node) collectWords(n, into);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'text' && typeof o.text === 'string') for (const w of o.text.split(/\s+/)) if (/^[\p{L}]{3,}$/u.test(w)) into.add(w);
    for (const v of Object.values(o)) if (typeof v === 'object') collectWords(v, into);
  }
}

/** Each word of three letters or more is swapped for a random word of the vocabulary with probability 0.6. */
function redraw(node: unknown, words: string[], rnd: () => number): unknown {
  if (Array.isArray(node)) return node.map((n) => redraw(n, words, rnd));
  if (!node || typeof node !== 'object') return node;
  const o = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (k === 'text' && o.type === 'text' && typeof v === 'string') {
      out[k] = v.replace(/[\p{L}]{3,}/gu, (w) => (rnd() < 0.6 ? words[Math.floor(rnd() * words.length)]! : w));
    } else out[k] = typeof v === 'object' ? redraw(v, words, rnd) : v;
  }
  return out;
}

function approve(meeting: Meeting, committee: Committee): void {
  const content = printedContent(committee, meeting);
  const fingerprint = sha256Canonical(content);
  const at = `${meeting.date}T16:00:00.000Z`;
  meeting.frozenCommittee = structuredClone(committee);
  meeting.approvalRound = { sentAt: at, fingerprint, content };
  meeting.approvals = meeting.participants.filter((p) => p.attendance === 'til_stede').map((p) => ({ memberId: p.memberId, approvedAt: at, fingerprint, method: 'lokal' as const }));
}

export async function seedMeetings(): Promise<{ root: Record<string, unknown>; meetings: Meeting[] }> {
  const root = JSON.parse(await readFile(join(SEEDS, 'referent.json'), 'utf8')) as Record<string, unknown>;
  const names = (await readdir(join(SEEDS, 'meetings'))).filter((n) => n.endsWith('.json')).sort();
  const meetings = await Promise.all(names.map(async (n) => (JSON.parse(await readFile(join(SEEDS, 'meetings', n), 'utf8')) as { meeting: Meeting }).meeting));
  return { root, meetings };
}

/** Writes `count` meetings and the seeds' committees into `dir` (which should be empty). */
export async function writeRealisticStore(dir: string, count: number, seed = 1): Promise<string[]> {
  const { root, meetings } = await seedMeetings();
  const vocabulary = new Set<string>();
  collectWords(meetings, vocabulary);
  const words = [...vocabulary];
  const rnd = random(seed);
  await mkdir(join(dir, 'meetings'), { recursive: true });
  await writeFile(join(dir, 'referent.json'), JSON.stringify({ ...root, schemaVersion: SCHEMA_VERSION }, null, 1) + '\n');
  const committees = new Map((root.committees as Committee[]).map((c) => [c.id, c]));
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const base = meetings[i % meetings.length]!;
    const id = `${base.committeeId}-${String(i).padStart(5, '0')}`;
    const year = 2016 + (i % 10);
    const date = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const meeting = {
      ...base,
      id,
      date,
      status: STATUSES[i % STATUSES.length],
      approvals: [],
      rejections: [],
      approvalRound: null,
      frozenCommittee: null,
      reopenings: [],
      items: base.items.map((item, k) => ({
        ...(redraw(item, words, rnd) as Meeting['items'][number]),
        id: `${id}-p${k}`,
        sections: item.sections.map((s, j) => ({ ...(redraw(s, words, rnd) as Meeting['items'][number]['sections'][number]), id: `${id}-p${k}-s${j}` })),
      })),
    };
    // Every fifth meeting is approved the way the app approves: frozen committee, printed content, fingerprint.
    if (meeting.status === 'godkendt') approve(meeting as Meeting, committees.get(base.committeeId)!);
    await writeFile(join(dir, 'meetings', `${id}.json`), JSON.stringify({ schemaVersion: SCHEMA_VERSION, meeting }, null, 1) + '\n');
    ids.push(id);
  }
  return ids;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count) throw new Error('usage: realisticStore.ts DIR COUNT');
  await writeRealisticStore(dir, Number(count));
}

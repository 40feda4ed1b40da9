/**
 * Meetings for the bench, cloned from the three real protocols in seeds/ with
 * every word redrawn from the seeds' own vocabulary (weighted by how often the
 * seeds use it), so each meeting and each section differs while keeping the
 * shape, length and wording of a real protocol. Case numbers keep their
 * scheme with new digits. Deterministic: the same store on every machine.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type SeedFile = { schemaVersion: number; meeting: { id: string; date: string; committeeId: string } & Record<string, Json> };

const WORD = /\p{L}+/gu;

/** mulberry32: small, fast and good enough to draw words. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every word the seeds' items use (titles, section texts, bilag names), once per use. */
export function seedVocabulary(seeds: SeedFile[]): string[] {
  const words: string[] = [];
  const visit = (value: Json, key: string, parent: Record<string, Json> | null) => {
    if (typeof value === 'string') {
      if (redrawn(key, parent)) for (const m of value.matchAll(WORD)) words.push(m[0].toLowerCase());
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, key, null));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k, value);
  };
  for (const seed of seeds) visit(seed.meeting.items as Json, 'items', null);
  return words;
}

/** Which strings are the secretary's text: rich-text runs, item titles and bilag names. */
function redrawn(key: string, parent: Record<string, Json> | null): boolean {
  if (key === 'text') return true;
  if (key === 'title' || key === 'publicTitle') return parent !== null && 'caseNumber' in parent;
  if (key === 'name') return parent !== null && 'closed' in parent && !('members' in parent);
  return false;
}

function withCaseOf(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  if (like[0] !== like[0]!.toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/**
 * Meeting number `index` of the bench store: a clone of `seed` dated `date`,
 * its id (and every id derived from it) renamed, its words and case-number
 * digits redrawn. The same source string maps to the same new one within a
 * meeting, so the copy of the content sent for approval stays in step.
 */
export function cloneMeeting(seed: SeedFile, vocabulary: string[], index: number, date: string): SeedFile {
  const random = randomSource(index * 7919 + 17);
  const draw = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
  const memo = new Map<string, string>();
  const redraw = (text: string, digitsOnly: boolean): string => {
    const key = `${digitsOnly ? 'n' : 't'}${text}`;
    let out = memo.get(key);
    if (out === undefined) {
      out = digitsOnly ? text.replace(/\d/g, () => String(Math.floor(random() * 10))) : text.replace(WORD, (w) => withCaseOf(draw(), w));
      memo.set(key, out);
    }
    return out;
  };
  const visit = (value: Json, key: string, parent: Record<string, Json> | null): Json => {
    if (typeof value === 'string') {
      if (key === 'caseNumber') return redraw(value, true);
      if (!redrawn(key, parent)) return value;
      // A bilag keeps its file type: `Generel plan.pdf` stays a .pdf.
      const ext = key === 'name' ? (/\.[a-z]{2,4}$/i.exec(value)?.[0] ?? '') : '';
      return redraw(value.slice(0, value.length - ext.length), false) + ext;
    }
    if (Array.isArray(value)) return value.map((v) => visit(v, key, null));
    if (value && typeof value === 'object') {
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(value)) out[k] = visit(v, k, value);
      return out;
    }
    return value;
  };
  const id = `${seed.meeting.committeeId}-${date}-${index}`;
  const meeting = visit(seed.meeting as unknown as Json, 'meeting', null) as Record<string, Json>;
  meeting.date = date;
  const renamed = JSON.stringify({ schemaVersion: seed.schemaVersion, meeting }).split(seed.meeting.id).join(id);
  return JSON.parse(renamed) as SeedFile;
}

/** Dates spread evenly over ten years, oldest first. */
export function meetingDate(index: number, count: number): string {
  const start = Date.UTC(2016, 0, 4);
  const span = 10 * 365 * 24 * 3600 * 1000;
  return new Date(start + Math.floor((index / Math.max(1, count)) * span)).toISOString().slice(0, 10);
}

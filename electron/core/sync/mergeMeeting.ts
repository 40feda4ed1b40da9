import type { AgendaItem, Approval, Meeting, MeetingStatus, Rejection, Reopening } from '../../../shared/domain/meeting.ts';
import { isContentLocked } from '../../../shared/domain/meeting.ts';
import type { Committee, Member } from '../../../shared/domain/committee.ts';
import { signerNameKey } from '../../../shared/domain/signerKeys.ts';
import { mergeKeyed, pick, same } from './threeWay.ts';
import type { KeyedMeeting } from './syncDocs.ts';

export type Clash = { itemId: string | null; path: string; kind: 'tekst' | 'vaerdi' | 'laast'; base: unknown; mine: unknown; theirs: unknown };

const STATUS_RANK: Record<MeetingStatus, number> = { kladde: 0, udsendt: 1, afholdt: 2, til_godkendelse: 3, godkendt: 4 };
/** Text fields: both sides editing one is a conflict the secretary resolves; other fields too, as values. */
const ITEM_TEXT = new Set(['title', 'caseNumber', 'publicTitle']);
const HEADER_TEXT = new Set(['location']);
/** Merged per field; the approval round's fields move together, as the lock. */
const LOCK_FIELDS = ['status', 'approvalRound', 'frozenCommittee'] as const;

/** How far a meeting has gone: reopenings first (a reopening comes after the round it ends), then status. */
function lockOrder(m: Meeting): [number, number, string] {
  return [m.reopenings.length, STATUS_RANK[m.status], m.approvalRound?.sentAt ?? ''];
}
function lockAhead(a: Meeting, b: Meeting): boolean {
  const x = lockOrder(a);
  const y = lockOrder(b);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
  return false;
}

/** The same meeting, in a form where only content counts (answer lists in time order). */
export function normalizedMeeting(m: Meeting): Meeting {
  const by = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return {
    ...m,
    approvals: [...m.approvals].sort(by((a: Approval) => a.approvedAt + a.memberId)),
    rejections: [...m.rejections].sort(by((r: Rejection) => r.rejectedAt + r.memberId)),
    reopenings: [...m.reopenings].sort(by((o: Reopening) => o.at)),
  };
}

export function sameMeeting(a: Meeting | null | undefined, b: Meeting | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return same(normalizedMeeting(a), normalizedMeeting(b));
}

/** Answers (approvals or rejections) as sets: anything either side has, less what one side withdrew and what a reopening voided. */
function mergeAnswers<T extends { memberId: string; fingerprint: string }>(base: T[], mine: T[], theirs: T[], at: (x: T) => string, voided: (x: T) => boolean): T[] {
  const key = (x: T) => `${x.memberId}|${at(x)}|${x.fingerprint}`;
  const b = new Set(base.map(key));
  const m = new Map(mine.map((x) => [key(x), x]));
  const t = new Map(theirs.map((x) => [key(x), x]));
  const all = new Map([...m, ...t]);
  const kept = [...all.entries()].filter(([k, x]) => !(b.has(k) && (!m.has(k) || !t.has(k))) && !voided(x)).map(([, x]) => x);
  // One answer per member: the latest.
  const latest = new Map<string, T>();
  for (const x of kept.sort((p, q) => (at(p) < at(q) ? -1 : 1))) latest.set(x.memberId, x);
  return [...latest.values()];
}

function mergeItem(base: AgendaItem | undefined, mine: AgendaItem, theirs: AgendaItem, clashes: Clash[]): AgendaItem {
  const out: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
  for (const key of keys) {
    if (key === 'sections') continue;
    const b = base?.[key as keyof AgendaItem];
    out[key] = pick(
      b,
      mine[key as keyof AgendaItem],
      theirs[key as keyof AgendaItem],
      (m, t) => clashes.push({ itemId: mine.id, path: key, kind: ITEM_TEXT.has(key) ? 'tekst' : 'vaerdi', base: b, mine: m, theirs: t }),
      base !== undefined,
    );
  }
  // Sections by id; a body both sides edited is a text conflict. The section list's order follows mine, then theirs' new ones.
  const sections = mergeKeyed(base?.sections ?? [], mine.sections, theirs.sections, (b, m, t) => ({
    ...m,
    title: pick(b?.title, m.title, t.title, undefined, b !== undefined),
    kind: pick(b?.kind, m.kind, t.kind, undefined, b !== undefined),
    body: pick(b?.body, m.body, t.body, (bm, bt) => clashes.push({ itemId: mine.id, path: `section:${m.id}`, kind: 'tekst', base: b?.body, mine: bm, theirs: bt }), b !== undefined),
  }));
  const order = [...mine.sections.map((s) => s.id), ...theirs.sections.map((s) => s.id)];
  sections.sort((x, y) => order.indexOf(x.id) - order.indexOf(y.id));
  return { ...(out as AgendaItem), sections };
}

export type MeetingMerge = { merged: KeyedMeeting | null; clashes: Clash[] };

/**
 * Three-way merge of one meeting: `base` as both machines last agreed on it,
 * `mine` in this store, `theirs` on the server. Different fields and
 * different items merge by themselves; a field both changed differently keeps
 * mine and is reported, so the other version is kept as a conflict. The
 * approval round moves only forward (reopenings, then status): a protocol sent
 * to approval beats a draft edit, whose changes are reported as `laast`
 * conflicts. Approvals and rejections are sets (never a conflict); each stays
 * bound to its fingerprint, so an edit merged after one shows it as void.
 */
export function mergeMeeting(base: KeyedMeeting | null, mine: KeyedMeeting | null, theirs: KeyedMeeting | null): MeetingMerge {
  const clashes: Clash[] = [];
  if (!mine && !theirs) return { merged: null, clashes };
  if (!mine) return { merged: base && sameMeeting(base.meeting, theirs!.meeting) ? null : theirs, clashes };
  if (!theirs) return { merged: base && sameMeeting(base.meeting, mine.meeting) ? null : mine, clashes };
  const b = base?.meeting;
  const m = mine.meeting;
  const t = theirs.meeting;

  const reopenings = mergeKeyed(
    (b?.reopenings ?? []).map((o) => ({ ...o, id: o.at })),
    m.reopenings.map((o) => ({ ...o, id: o.at })),
    t.reopenings.map((o) => ({ ...o, id: o.at })),
    (_b, x) => x,
  )
    .map(({ id: _id, ...o }) => o as Reopening)
    .sort((x, y) => (x.at < y.at ? -1 : 1));
  const voided = new Set(reopenings.flatMap((o) => o.voidedApprovals.map((a) => `${a.memberId}|${a.approvedAt}|${a.fingerprint}`)));

  // The lock: taken whole from the side that has gone further, when both moved it.
  const lockMoved = (x: Meeting) => !b || LOCK_FIELDS.some((f) => !same(b[f], x[f]));
  let lockFrom: 'mine' | 'theirs' | 'field' = 'field';
  if (lockMoved(m) && lockMoved(t) && !LOCK_FIELDS.every((f) => same(m[f], t[f]))) lockFrom = lockAhead(t, m) ? 'theirs' : 'mine';
  else if (lockMoved(m) && !lockMoved(t)) lockFrom = 'mine';
  else if (lockMoved(t) && !lockMoved(m)) lockFrom = 'theirs';
  const lockSide = lockFrom === 'theirs' ? t : m;

  // Sent to approval on one side while the other edited the draft: the sent protocol wins, the edits go to the tray.
  const lockedNow = lockFrom !== 'field' && isContentLocked(lockSide) && (!b || !isContentLocked(b));
  const loser = lockedNow ? (lockFrom === 'mine' ? t : m) : null;
  const winnerKeyed = lockFrom === 'mine' ? mine : theirs;

  const header: Record<string, unknown> = {};
  const skip = new Set(['items', 'approvals', 'rejections', 'reopenings', 'updatedAt', ...LOCK_FIELDS]);
  for (const key of new Set([...Object.keys(m), ...Object.keys(t)])) {
    if (skip.has(key)) continue;
    const f = key as keyof Meeting;
    if (loser) {
      header[key] = lockSide[f];
      if (b && !same(b[f], loser[f]) && !same(loser[f], lockSide[f])) clashes.push({ itemId: null, path: key, kind: 'laast', base: b[f], mine: m[f], theirs: t[f] });
      continue;
    }
    header[key] = pick(b?.[f], m[f], t[f], (x, y) => clashes.push({ itemId: null, path: key, kind: HEADER_TEXT.has(key) ? 'tekst' : 'vaerdi', base: b?.[f], mine: x, theirs: y }), b !== null && b !== undefined);
  }
  for (const f of LOCK_FIELDS) header[f] = lockFrom === 'field' ? pick(b?.[f], m[f], t[f], undefined, b !== null && b !== undefined) : lockSide[f];
  header.updatedAt = m.updatedAt > t.updatedAt ? m.updatedAt : t.updatedAt;

  let items: AgendaItem[];
  let keys: Map<string, number>;
  if (loser) {
    items = winnerKeyed.meeting.items;
    keys = new Map(winnerKeyed.keys);
    const baseItems = new Map((b?.items ?? []).map((i) => [i.id, i]));
    const winItems = new Map(items.map((i) => [i.id, i]));
    for (const item of loser.items) {
      const was = baseItems.get(item.id);
      if (was && same(was, item)) continue;
      if (same(winItems.get(item.id), item)) continue;
      clashes.push({ itemId: item.id, path: 'item', kind: 'laast', base: was ?? null, mine: lockFrom === 'mine' ? (winItems.get(item.id) ?? null) : item, theirs: lockFrom === 'mine' ? item : (winItems.get(item.id) ?? null) });
    }
  } else {
    items = mergeKeyed(b?.items ?? [], m.items, t.items, (bi, mi, ti) => mergeItem(bi, mi, ti, clashes));
    keys = new Map();
    for (const item of items) {
      const mk = mine.keys.get(item.id);
      const tk = theirs.keys.get(item.id);
      const bk = base?.keys.get(item.id);
      keys.set(item.id, mk !== undefined && tk !== undefined ? pick(bk, mk, tk) : (mk ?? tk ?? 0));
    }
    items.sort((x, y) => keys.get(x.id)! - keys.get(y.id)! || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }

  const approvals = mergeAnswers(b?.approvals ?? [], m.approvals, t.approvals, (a) => a.approvedAt, (a) => voided.has(`${a.memberId}|${a.approvedAt}|${a.fingerprint}`));
  // A new round (or a reopening) starts the answers afresh: only answers to the round in force stay.
  const round = header.approvalRound as Meeting['approvalRound'];
  const rejections = mergeAnswers(b?.rejections ?? [], m.rejections, t.rejections, (r) => r.rejectedAt, (r) => !round || r.fingerprint !== round.fingerprint);
  const merged = { ...(header as Omit<Meeting, 'items' | 'approvals' | 'rejections' | 'reopenings'>), items, approvals: round ? approvals : [], rejections, reopenings } as Meeting;
  return { merged: { meeting: merged, keys }, clashes };
}

/** The committee merged three-way: name as text, members by id, template as one value. */
export function mergeCommittee(base: Committee | null, mine: Committee | null, theirs: Committee): { merged: Committee; clashes: Clash[] } {
  const clashes: Clash[] = [];
  if (!mine) return { merged: theirs, clashes };
  const members = mergeKeyed(base?.members ?? [], mine.members, theirs.members, (b, m, t) => {
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(m), ...Object.keys(t)])) out[key] = pick(b?.[key as keyof Member], m[key as keyof Member], t[key as keyof Member], undefined, b !== undefined);
    return out as Member;
  });
  const order = [...mine.members.map((x) => x.id), ...theirs.members.map((x) => x.id)];
  members.sort((x, y) => order.indexOf(x.id) - order.indexOf(y.id));
  const field = <K extends keyof Committee>(k: K, kind: 'tekst' | 'vaerdi') =>
    pick(base?.[k], mine[k], theirs[k], (x, y) => clashes.push({ itemId: null, path: `committee.${k}`, kind, base: base?.[k], mine: x, theirs: y }), base !== null);
  // Stedfortrædere's keys, by name: one registered on another machine must arrive, or its signatures would be refused here.
  const byName = (list: Committee['substitutes']) => (list ?? []).map((x) => ({ ...x, id: signerNameKey(x.name) }));
  const substitutes = mergeKeyed(byName(base?.substitutes), byName(mine.substitutes), byName(theirs.substitutes), (b, m, t) => {
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(m), ...Object.keys(t)])) out[key] = pick(b?.[key as keyof typeof m], m[key as keyof typeof m], t[key as keyof typeof t], undefined, b !== undefined);
    return out as typeof m;
  }).map(({ id: _id, ...x }) => x);
  const merged: Committee = { ...mine, name: field('name', 'tekst'), template: field('template', 'vaerdi'), createdAt: field('createdAt', 'vaerdi'), members };
  if (substitutes.length > 0) merged.substitutes = substitutes;
  else delete merged.substitutes;
  return { merged, clashes };
}

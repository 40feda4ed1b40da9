import canonicalize from 'canonicalize';

/** Two values are the same when their canonical JSON is (key order never matters). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return canonicalize(a) === canonicalize(b);
}

/** Both machines changed one field differently since they last agreed; the merge keeps `mine` and records `theirs`. */
export type FieldClash = { path: string; label: string; base: unknown; mine: unknown; theirs: unknown };

/**
 * Three-way choice of one field: what only one side changed wins; what both
 * changed alike is taken; what both changed differently keeps mine and is
 * reported, so the other version is kept in a conflict record.
 */
export function pick<T>(base: T | undefined, mine: T, theirs: T, clash?: (mine: T, theirs: T) => void, baseKnown = base !== undefined): T {
  if (same(mine, theirs)) return mine;
  // `baseKnown`: the common ancestor exists and simply had no such field (an optional field set on one side only).
  if (baseKnown && (base === undefined ? mine === undefined : same(base, mine))) return theirs;
  if (baseKnown && (base === undefined ? theirs === undefined : same(base, theirs))) return mine;
  clash?.(mine, theirs);
  return mine;
}

/**
 * Three-way merge of a list of things with ids (items, members): added on
 * either side is kept, deleted on one side and untouched on the other goes,
 * deleted on one side and changed on the other is kept (nothing is lost), and
 * what is on both sides is merged by `mergeOne`. Order is left to the caller.
 */
export function mergeKeyed<T extends { id: string }>(base: T[], mine: T[], theirs: T[], mergeOne: (base: T | undefined, mine: T, theirs: T) => T): T[] {
  const b = new Map(base.map((x) => [x.id, x]));
  const m = new Map(mine.map((x) => [x.id, x]));
  const t = new Map(theirs.map((x) => [x.id, x]));
  const out: T[] = [];
  const ids = [...new Set([...m.keys(), ...t.keys(), ...b.keys()])];
  for (const id of ids) {
    const bx = b.get(id);
    const mx = m.get(id);
    const tx = t.get(id);
    if (mx && tx) out.push(mergeOne(bx, mx, tx));
    else if (mx && !tx) {
      if (!bx || !same(bx, mx)) out.push(mx);
    } else if (tx && !mx) {
      if (!bx || !same(bx, tx)) out.push(tx);
    }
  }
  return out;
}

/**
 * Item order as a number per item, so a move changes one item's key and never
 * collides with an edit of another item: the keys of the longest run of items
 * still in their old relative order are kept, and only the moved or new items
 * get a key between their neighbours.
 */
export function assignOrderKeys(order: string[], prior: ReadonlyMap<string, number>): Map<string, number> {
  const keep = longestIncreasing(order.map((id) => prior.get(id)));
  const keys = new Map<string, number>();
  let i = 0;
  while (i < order.length) {
    if (keep.has(i)) {
      keys.set(order[i]!, prior.get(order[i]!)!);
      i++;
      continue;
    }
    let j = i;
    while (j < order.length && !keep.has(j)) j++;
    const lo = i > 0 ? keys.get(order[i - 1]!)! : undefined;
    const hi = j < order.length ? prior.get(order[j]!)! : undefined;
    const run = j - i;
    for (let k = 0; k < run; k++) {
      let key: number;
      if (lo === undefined && hi === undefined) key = k + 1;
      else if (lo === undefined) key = hi! - (run - k);
      else if (hi === undefined) key = lo + k + 1;
      else key = lo + ((hi - lo) * (k + 1)) / (run + 1);
      keys.set(order[i + k]!, key);
    }
    i = j;
  }
  return keys;
}

/** Indexes of one longest strictly increasing subsequence of the defined values (patience sorting, n log n). */
function longestIncreasing(values: (number | undefined)[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((v, i) => {
    if (v === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const out = new Set<number>();
  let k = tails.length ? tails[tails.length - 1]! : -1;
  while (k !== -1) {
    out.add(k);
    k = previous[k]!;
  }
  return out;
}

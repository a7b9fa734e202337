/**
 * Top-k selection for the clusterer's hot paths: the first `k` entries of a sort, found without
 * sorting everything (an article's few hundred terms for a 50-term vector; the thousands of
 * stories the index proposes for 16 candidates). Results equal the sort's exactly: the orders are
 * total (ties by index or id), and the property tests check them against the sort.
 */

/**
 * Indices of the `k` largest `weights`, largest first, ties in index order: what a stable sort of
 * all indices cut to `k` gives. Keeping a sorted buffer of `k` costs about `m` comparisons when
 * `m` is much larger than `k` (an article's 300 terms for a 50-term vector), where the sort called
 * its comparator `m log m` times; a short list is sorted as before.
 */
export function heaviest(weights: readonly number[], k: number): number[] {
  const m = weights.length;
  if (m <= k) return Array.from({ length: m }, (_, j) => j).sort((x, y) => weights[y]! - weights[x]!);
  const top: number[] = [];
  // Array.prototype.slice cuts at the integer part of its end.
  const size = Math.max(0, Math.trunc(k));
  if (size === 0) return top;
  for (let j = 0; j < m; j++) {
    const w = weights[j]!;
    let i = top.length;
    if (i === size) {
      // Not above the lightest kept: it stays out (an equal weight came later in the text).
      if (w <= weights[top[i - 1]!]!) continue;
      i--;
    }
    while (i > 0 && weights[top[i - 1]!]! < w) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = j;
  }
  return top;
}

/**
 * The `k` ids with the highest scores, ties by id, best first: what sorting all the entries and
 * keeping the first `k` gives, without sorting the thousands of stories the index proposes to keep 16.
 */
export function topByScore(scores: ReadonlyMap<string, number>, k: number): string[] {
  const ids: string[] = [];
  const best: number[] = [];
  const size = Math.max(0, Math.trunc(k));
  if (size === 0) return ids;
  for (const [id, v] of scores) {
    let i = ids.length;
    if (i === size) {
      const last = best[i - 1]!;
      if (v < last || (v === last && id > ids[i - 1]!)) continue;
      i--;
    }
    while (i > 0 && (best[i - 1]! < v || (best[i - 1]! === v && ids[i - 1]! > id))) {
      ids[i] = ids[i - 1]!;
      best[i] = best[i - 1]!;
      i--;
    }
    ids[i] = id;
    best[i] = v;
  }
  return ids;
}

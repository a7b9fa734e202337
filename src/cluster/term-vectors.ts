/**
 * Sparse TF-IDF term vectors of stories and articles: norms, dot products, cosine without a passage's terms,
 * the heading terms, truncation to the strongest terms, and the time decay of a story's weight.
 */

import type { Query, Vec } from "./story-records.js";

/** Terms kept of each head member's vector. */
const HEAD_TERMS = 30;

export function decay(dt: number, grace: number, halfLife: number): number {
  return dt <= grace ? 1 : 0.5 ** ((dt - grace) / halfLife);
}

export function normOf(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v * v;
  return Math.sqrt(n);
}

export function dot(v: Vec, m: Map<string, number>): number {
  let d = 0;
  for (let i = 0; i < v.terms.length; i++) {
    const w = m.get(v.terms[i]!);
    if (w !== undefined) d += v.weights[i]! * w;
  }
  return d;
}

/** Cosine of `v` (normalised) with `m`, both restricted to terms outside `skip`. */
export function cosineWithout(v: Vec, m: Map<string, number>, skip: Set<string>): number {
  let d = 0;
  let vn = 0;
  for (let i = 0; i < v.terms.length; i++) {
    const t = v.terms[i]!;
    if (skip.has(t)) continue;
    const x = v.weights[i]!;
    vn += x * x;
    const w = m.get(t);
    if (w !== undefined) d += x * w;
  }
  let mn = 0;
  for (const [t, w] of m) if (!skip.has(t)) mn += w * w;
  return vn === 0 || mn === 0 ? 0 : d / Math.sqrt(vn * mn);
}

/** A story's head: the `HEAD_TERMS` heaviest terms of a member's vector (or of a one-member centroid), normalised. */
export function headOf(v: Vec | Map<string, number>): Vec {
  const e = v instanceof Map ? [...v] : v.terms.map((t, i): [string, number] => [t, v.weights[i]!]);
  const top = e.length <= HEAD_TERMS ? e : e.sort((x, y) => y[1] - x[1]).slice(0, HEAD_TERMS);
  let n = 0;
  for (const [, w] of top) n += w * w;
  n = Math.sqrt(n) || 1;
  return { terms: top.map((x) => x[0]), weights: top.map((x) => x[1] / n) };
}

/** Cosine of the article's vector with a head, both restricted to terms outside `skip` when given. */
export function headCosine(q: Query, h: Vec, skip: Set<string> | null): number {
  q.weightOf ??= new Map(q.vec.terms.map((t, i) => [t, q.vec.weights[i]!]));
  let d = 0;
  let hn = 0;
  for (let i = 0; i < h.terms.length; i++) {
    const t = h.terms[i]!;
    if (skip?.has(t)) continue;
    const w = h.weights[i]!;
    hn += w * w;
    const x = q.weightOf.get(t);
    if (x !== undefined) d += x * w;
  }
  if (skip === null) return d;
  let qn = 0;
  for (let i = 0; i < q.vec.terms.length; i++) if (!skip.has(q.vec.terms[i]!)) qn += q.vec.weights[i]! ** 2;
  return hn === 0 || qn === 0 ? 0 : d / Math.sqrt(hn * qn);
}

/** Keeps the `k` heaviest entries, in that order. */
export function truncate(m: Map<string, number>, k: number): Map<string, number> {
  if (m.size <= k) return m;
  // Stable sort: ties keep insertion order, which the state preserves (deterministic).
  const e = [...m].sort((x, y) => y[1] - x[1]);
  return new Map(e.slice(0, k));
}

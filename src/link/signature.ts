/**
 * MinHash signatures over word shingles of folded text, and the exact-content hash.
 *
 * One fused pass over char codes folds each unit, finds word boundaries with a
 * class table, hashes words (FNV-1a over folded units) and shingles (a mix of the
 * last k word hashes); then each permutation `x ↦ a·x + b mod 2³²` (odd `a`, via
 * `Math.imul`) keeps its minimum. No strings are built per token.
 */

import { foldText } from "../arabic/fold.js";
import { defaultLinkOptions, type LinkOptions } from "./options.js";
import {
  CODE_BOUNDARY as BOUNDARY,
  CODE as CODE_TABLE,
  CODE_EXPAND as EXPAND,
  fmix32 as mix32,
  FNV_OFFSET as OFFSET,
  FNV_PRIME as PRIME,
} from "./scan.js";

// Module-local copies of the imports used in hot loops: a transpiled import (tsx, CJS) is a getter call per
// access, and these loops touch them once per character.
const CODE = CODE_TABLE;
const CODE_BOUNDARY = BOUNDARY;
const CODE_EXPAND = EXPAND;
const FNV_OFFSET = OFFSET;
const FNV_PRIME = PRIME;
const fmix32 = mix32;

/** The value of a slot no shingle reached: the signature of a text without words. */
export const EMPTY_SLOT = 0xffffffff;

/** Permutation parameters per (seed, count), shared by every signature. */
const PERMS = new Map<string, { a: Uint32Array; b: Uint32Array }>();

/** splitmix32: a well-mixed deterministic stream from a seed. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function permutations(seed: number, count: number): { a: Uint32Array; b: Uint32Array } {
  const key = `${seed}:${count}`;
  let p = PERMS.get(key);
  if (!p) {
    const next = splitmix32(seed);
    const a = new Uint32Array(count);
    const b = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      a[i] = (next() | 1) >>> 0; // odd: x ↦ a·x + b is a bijection of 32-bit integers
      b[i] = next();
    }
    p = { a, b };
    PERMS.set(key, p);
  }
  return p;
}

/** Scratch buffers reused across calls (single-threaded JS: no sharing hazard). */
let shingleScratch = new Uint32Array(4096);

/**
 * The shingle hashes of `text` (one per word position from the k-th word; one shingle of all words when the
 * text has fewer than k words; none when it has no word). Exported for tests and the exact-Jaccard oracle.
 *
 * @example shingleHashes("ا ب ج د ه و", 5).length; // 2
 */
export function shingleHashes(text: string, k: number = defaultLinkOptions.shingleWords): Uint32Array {
  const count = collectShingles(text, k);
  return shingleScratch.slice(0, count);
}

/** Fills `shingleScratch` with the shingle hashes of `text`; returns how many. */
function collectShingles(text: string, k: number): number {
  const n = text.length;
  if (shingleScratch.length < (n >>> 1) + 2) shingleScratch = new Uint32Array((n >>> 1) + 2);
  const sh = shingleScratch;
  const ring = new Uint32Array(k);
  let words = 0;
  let count = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  // Cold branches inside this loop cost repeated deoptimisations: the rare expanding units restart the
  // pass over the folded text (which has none), and the tail is handled after the loop.
  for (let i = 0; i < n; i++) {
    const v = CODE[text.charCodeAt(i)] as number;
    if (v >= 0) {
      h = Math.imul(h ^ v, FNV_PRIME);
      inWord = true;
    } else if (v === CODE_BOUNDARY) {
      if (inWord) {
        ring[words % k] = fmix32(h);
        words++;
        if (words >= k) sh[count++] = mixShingle(ring, words, k);
        h = FNV_OFFSET;
        inWord = false;
      }
    } else if (v === CODE_EXPAND) {
      return collectShingles(foldText(text), k);
    }
    // CODE_DROP: dropped units neither break a word nor enter its hash.
  }
  return finishShingles(sh, ring, words, count, inWord, fmix32(h), k);
}

/** The last word (when the text ends inside one, hashed `last`) and the one shingle of a short text. */
function finishShingles(
  sh: Uint32Array,
  ring: Uint32Array,
  words: number,
  count: number,
  inWord: boolean,
  last: number,
  k: number,
): number {
  let w = words;
  let c = count;
  if (inWord) {
    ring[w % k] = last;
    w += 1;
    if (w >= k) {
      sh[c] = mixShingle(ring, w, k);
      c += 1;
    }
  }
  if (w > 0 && w < k) {
    sh[0] = mixShingle(ring, w, w);
    c = 1;
  }
  return c;
}

/**
 * Shingle hashes from word hashes (`wordHashes`): `out[p]` is the shingle of words `p … p+k−1`, the same value
 * `shingleHashes` gives, so a shingle can be traced back to its words. Fewer than `k` words: one shingle.
 */
export function shinglesOfWords(hashes: Uint32Array, count: number, k: number = defaultLinkOptions.shingleWords) {
  if (count === 0) return new Uint32Array(0);
  if (count < k) return Uint32Array.of(mixShingle(hashes.subarray(0, count), count, count));
  const out = new Uint32Array(count - k + 1);
  for (let p = 0; p + k <= count; p++) {
    // mixShingle over hashes[p … p+k−1], without a subarray per shingle.
    let s = 0x27d4eb2f;
    for (let t = p; t < p + k; t++) {
      s = Math.imul(s ^ (hashes[t] as number), 0x9e3779b1);
      s = (s << 13) | (s >>> 19);
    }
    out[p] = fmix32(s);
  }
  return out;
}

/** Order-sensitive mix of the last `k` word hashes in the ring (the newest at index (words − 1) mod ring length). */
function mixShingle(ring: Uint32Array, words: number, k: number): number {
  const len = ring.length;
  let s = 0x27d4eb2f;
  for (let t = words - k; t < words; t++) {
    s = Math.imul(s ^ (ring[t % len] as number), 0x9e3779b1);
    s = (s << 13) | (s >>> 19);
  }
  return fmix32(s);
}

/**
 * MinHash signature of a text: fused fold → tokenise → shingle-hash pass over char codes (no per-token
 * strings), `Math.imul` permutations, seeded and deterministic. A text without words gets all slots
 * `EMPTY_SLOT`.
 *
 * @example
 * const s = signature("قالَ الرئيسُ إن المحادثات ستستأنف الأسبوع المقبل");
 * s.length; // 128
 * estimateJaccard(s, signature("قال الرئيس ان المحادثات ستستانف الاسبوع المقبل")); // 1
 */
export function signature(text: string, options: LinkOptions = defaultLinkOptions): Uint32Array {
  const count = collectShingles(text, options.shingleWords);
  return minhash(shingleScratch, count, options);
}

/** Signature of a set of shingle hashes (the first `count` of `shingles`). */
export function minhash(shingles: Uint32Array, count: number, options: LinkOptions = defaultLinkOptions): Uint32Array {
  const P = options.permutations;
  const { a, b } = permutations(options.seed, P);
  const sig = new Uint32Array(P);
  // The loop compares in signed int32 space (x ^ 0x80000000 orders signed as x orders unsigned): V8 keeps
  // int32 values in registers, whereas uint32 values above 2³¹ would turn the minima into doubles.
  const BIAS = -0x80000000;
  const TOP = 0x7fffffff;
  let p = 0;
  // Four permutations per pass over the shingles: a quarter of the loads and loop overhead.
  for (; p + 4 <= P; p += 4) {
    const a0 = (a[p] as number) | 0;
    const a1 = (a[p + 1] as number) | 0;
    const a2 = (a[p + 2] as number) | 0;
    const a3 = (a[p + 3] as number) | 0;
    const b0 = (b[p] as number) ^ BIAS;
    const b1 = (b[p + 1] as number) ^ BIAS;
    const b2 = (b[p + 2] as number) ^ BIAS;
    const b3 = (b[p + 3] as number) ^ BIAS;
    let m0 = TOP;
    let m1 = TOP;
    let m2 = TOP;
    let m3 = TOP;
    for (let s = 0; s < count; s++) {
      const x = (shingles[s] as number) | 0;
      // (a·x + b) ^ bias ≡ a·x + (b ^ bias) mod 2³², since adding 2³¹ and xor-ing it are the same mod 2³².
      const v0 = (Math.imul(a0, x) + b0) | 0;
      const v1 = (Math.imul(a1, x) + b1) | 0;
      const v2 = (Math.imul(a2, x) + b2) | 0;
      const v3 = (Math.imul(a3, x) + b3) | 0;
      if (v0 < m0) m0 = v0;
      if (v1 < m1) m1 = v1;
      if (v2 < m2) m2 = v2;
      if (v3 < m3) m3 = v3;
    }
    sig[p] = m0 ^ BIAS;
    sig[p + 1] = m1 ^ BIAS;
    sig[p + 2] = m2 ^ BIAS;
    sig[p + 3] = m3 ^ BIAS;
  }
  for (; p < P; p++) {
    const ap = (a[p] as number) | 0;
    const bp = (b[p] as number) ^ BIAS;
    let min = TOP;
    for (let s = 0; s < count; s++) {
      const v = (Math.imul(ap, shingles[s] as number) + bp) | 0;
      if (v < min) min = v;
    }
    sig[p] = min ^ BIAS;
  }
  return sig;
}

/** True when no shingle reached the signature (a text without words). */
export function isEmptySignature(sig: Uint32Array): boolean {
  for (let i = 0; i < sig.length; i++) if (sig[i] !== EMPTY_SLOT) return false;
  return true;
}

/**
 * Estimated Jaccard similarity of the shingle sets behind two signatures: the share of equal slots.
 * Two empty signatures estimate 0 (nothing is shared).
 *
 * @example estimateJaccard(signature("ا ب ج د ه"), signature("ا ب ج د ه")); // 1
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) {
    throw new RangeError(`estimateJaccard: signatures differ in length (${a.length} vs ${b.length}) (ERR_OPTIONS)`);
  }
  if (a.length === 0) return 0;
  let equal = 0;
  let empty = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    if (x === b[i]) {
      equal++;
      if (x === EMPTY_SLOT) empty++;
    }
  }
  if (empty === a.length) return 0;
  return equal / a.length;
}

/**
 * Exact-content hash of the folded text: the sequence of folded words, so that copies differing only in
 * diacritics, tatweel, hamza forms, punctuation or whitespace hash alike. 16 hex digits (two independent
 * 32-bit hashes); identical copies always collide, different texts with probability ~2⁻⁶⁴.
 *
 * @example contentHash("قالَ الرئيسُ.") === contentHash("قال  الرئيس"); // true
 */
export function contentHash(text: string): string {
  let h1 = FNV_OFFSET;
  let h2 = 0x5bd1e995;
  let inWord = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const v = CODE[text.charCodeAt(i)] as number;
    if (v >= 0) {
      if (!inWord && started) {
        // One separator between words, whatever stood there.
        h1 = Math.imul(h1 ^ 0x20, FNV_PRIME);
        h2 = Math.imul((h2 << 5) | (h2 >>> 27), 0x9e3779b1) ^ 0x20;
      }
      h1 = Math.imul(h1 ^ v, FNV_PRIME);
      h2 = Math.imul((h2 << 5) | (h2 >>> 27), 0x9e3779b1) ^ v;
      inWord = true;
      started = true;
    } else if (v === CODE_BOUNDARY) inWord = false;
    else if (v === CODE_EXPAND) return contentHash(foldText(text));
  }
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, "0");
  return hex(fmix32(h1)) + hex(fmix32(h2));
}

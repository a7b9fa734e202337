/**
 * Passage alignment: the maximal shared passages of two texts, as span pairs into
 * each ORIGINAL text.
 *
 * 1. Both texts become folded word hashes (`wordHashes`), so folding differences
 *    (الإستراتيجي/الاستراتيجي, diacritics, tatweel) compare equal.
 * 2. Seeds: exact word n-grams (`seedWords`) of `a` looked up in an index of `b`'s;
 *    each seed is extended to a maximal exact run along its diagonal (once per diagonal).
 * 3. Runs are taken longest first, each word of either text used once (a one-to-one
 *    alignment; a repeated sentence aligns with one copy).
 * 4. Runs in the same order separated by at most `maxGapWords` on both sides are one
 *    passage (small edits); the gap's equal words are counted by a tiny LCS.
 * 5. Passages with fewer than `minPassageWords` aligned words are dropped.
 *
 * Time: linear in the two texts plus the number of seed matches (frequent seeds are skipped).
 */

import type { PassagePair } from "../model/types.js";
import { defaultLinkOptions, type LinkOptions } from "./options.js";
import { type WordHashes, wordHashes } from "./scan.js";

/** One passage in word indices, with its aligned-word count. */
export interface WordPassage {
  /** First word in `a` and one past the last. */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Aligned (equal) words inside the passage. */
  words: number;
  /**
   * Words replaced inside the passage: per gap, the words that could pair up (the shorter side) minus those
   * that are equal. An inserted clause (one side empty) replaces nothing.
   */
  substitutions: number;
}

/** Everything the alignment found, for the linker and the benchmarks. */
export interface Alignment {
  /** Passages of at least `minPassageWords` aligned words, in the order of `a`. */
  passages: WordPassage[];
  /** Words of each text. */
  wordsA: number;
  wordsB: number;
  /** Aligned words inside the kept passages. */
  alignedWords: number;
  /** Aligned words in all runs and passages, kept or not (comparable to a diff's equal words). */
  matchedWords: number;
}

interface Run {
  i: number;
  j: number;
  len: number;
}

/** Hash of the `s` words from position `p`. */
function seedHash(h: Uint32Array, p: number, s: number): number {
  let x = 0x3c6ef372;
  for (let t = 0; t < s; t++) {
    x = Math.imul(x ^ (h[p + t] as number), 0x9e3779b1);
    x = (x << 11) | (x >>> 21);
  }
  return x;
}

/** Length of the longest common subsequence of a[a0..a1) and b[b0..b1) (gaps are small). */
function gapLcs(a: Uint32Array, a0: number, a1: number, b: Uint32Array, b0: number, b1: number): number {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n <= 0 || m <= 0) return 0;
  let prev = new Uint16Array(m + 1);
  let cur = new Uint16Array(m + 1);
  for (let x = 1; x <= n; x++) {
    const ax = a[a0 + x - 1] as number;
    for (let y = 1; y <= m; y++) {
      cur[y] = ax === b[b0 + y - 1] ? (prev[y - 1] as number) + 1 : Math.max(prev[y] as number, cur[y - 1] as number);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m] as number;
}

/** How many recent passages a run may extend (a stray short run elsewhere must not break a passage). */
const OPEN_PASSAGES = 4;

/**
 * Aligns two texts already turned into word hashes (see `alignPassages` for the spans).
 *
 * @example
 * const al = alignWords(wordHashes(a), wordHashes(b));
 * al.passages[0]?.words; // aligned words of the first passage
 */
export function alignWords(wa: WordHashes, wb: WordHashes, options: LinkOptions = defaultLinkOptions): Alignment {
  const A = wa.hashes;
  const B = wb.hashes;
  const nA = wa.count;
  const nB = wb.count;
  const s = Math.max(1, options.seedWords);
  const empty: Alignment = { passages: [], wordsA: nA, wordsB: nB, alignedWords: 0, matchedWords: 0 };
  if (nA < s || nB < s) return empty;

  // Index b's seeds: key → first position, chained ascending through `next`; counts bound refrains.
  const head = new Map<number, number>();
  const tail = new Map<number, number>();
  const freq = new Map<number, number>();
  const next = new Int32Array(nB).fill(-1);
  for (let j = 0; j + s <= nB; j++) {
    const k = seedHash(B, j, s);
    const t = tail.get(k);
    if (t === undefined) head.set(k, j);
    else next[t] = j;
    tail.set(k, j);
    freq.set(k, (freq.get(k) ?? 0) + 1);
  }

  // Maximal exact runs, one per diagonal stretch.
  const runs: Run[] = [];
  const diagEnd = new Map<number, number>();
  const maxOcc = options.maxSeedOccurrences;
  for (let i = 0; i + s <= nA; i++) {
    const k = seedHash(A, i, s);
    let j = head.get(k);
    if (j === undefined || (freq.get(k) as number) > maxOcc) continue;
    for (; j !== -1; j = next[j] as number) {
      const d = j - i;
      const de = diagEnd.get(d);
      if (de !== undefined && de > i) continue;
      let ok = true;
      for (let t = 0; t < s; t++) {
        if (A[i + t] !== B[j + t]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      let e = s;
      while (i + e < nA && j + e < nB && A[i + e] === B[j + e]) e++;
      let back = 0;
      while (i - back > 0 && j - back > 0 && A[i - back - 1] === B[j - back - 1]) back++;
      runs.push({ i: i - back, j: j - back, len: e + back });
      diagEnd.set(d, i + e);
    }
  }
  if (runs.length === 0) return empty;

  // Longest first, each word used once; a run overlapping taken words keeps its free stretches ≥ s.
  runs.sort((x, y) => y.len - x.len || x.i - y.i || x.j - y.j);
  const usedA = new Uint8Array(nA);
  const usedB = new Uint8Array(nB);
  const taken: Run[] = [];
  for (const r of runs) {
    let segStart = -1;
    for (let t = 0; t <= r.len; t++) {
      const free = t < r.len && usedA[r.i + t] === 0 && usedB[r.j + t] === 0;
      if (free && segStart < 0) segStart = t;
      else if (!free && segStart >= 0) {
        if (t - segStart >= s) {
          for (let u = segStart; u < t; u++) {
            usedA[r.i + u] = 1;
            usedB[r.j + u] = 1;
          }
          taken.push({ i: r.i + segStart, j: r.j + segStart, len: t - segStart });
        }
        segStart = -1;
      }
    }
  }

  // Chain runs in a's order into passages across small gaps.
  taken.sort((x, y) => x.i - y.i);
  const gap = options.maxGapWords;
  const all: WordPassage[] = [];
  let matchedWords = 0;
  for (const r of taken) {
    let joined = false;
    for (let p = all.length - 1; p >= 0 && p >= all.length - OPEN_PASSAGES; p--) {
      const cur = all[p] as WordPassage;
      const ga = r.i - cur.aEnd;
      const gb = r.j - cur.bEnd;
      if (ga >= 0 && gb >= 0 && ga <= gap && gb <= gap) {
        const inGap = gapLcs(A, cur.aEnd, r.i, B, cur.bEnd, r.j);
        cur.substitutions += Math.min(ga, gb) - inGap;
        cur.words += inGap + r.len;
        matchedWords += inGap + r.len;
        cur.aEnd = r.i + r.len;
        cur.bEnd = r.j + r.len;
        joined = true;
        break;
      }
    }
    if (!joined) {
      all.push({ aStart: r.i, aEnd: r.i + r.len, bStart: r.j, bEnd: r.j + r.len, words: r.len, substitutions: 0 });
      matchedWords += r.len;
    }
  }
  const passages = all.filter((p) => p.words >= options.minPassageWords);
  let alignedWords = 0;
  for (const p of passages) alignedWords += p.words;
  return { passages, wordsA: nA, wordsB: nB, alignedWords, matchedWords };
}

/** Spans of word passages in the original texts. */
export function toPassagePairs(wa: WordHashes, wb: WordHashes, passages: WordPassage[]): PassagePair[] {
  return passages.map((p) => ({
    a: { start: wa.starts[p.aStart] as number, end: wa.ends[p.aEnd - 1] as number },
    b: { start: wb.starts[p.bStart] as number, end: wb.ends[p.bEnd - 1] as number },
    words: p.words,
  }));
}

/**
 * Maximal shared passages between two texts (spans into each ORIGINAL text): seed n-gram matches extended
 * across small edits and folding differences (الإستراتيجي/الاستراتيجي). `words` is the number of aligned
 * (equal after folding) words in the passage. Passages shorter than `minPassageWords` are not returned.
 *
 * @example
 * const [p] = alignPassages(agencyText, reprintText);
 * agencyText.slice(p.a.start, p.a.end); // the shared passage as the agency wrote it
 * reprintText.slice(p.b.start, p.b.end); // …and as the reprint printed it
 */
export function alignPassages(a: string, b: string, options: LinkOptions = defaultLinkOptions): PassagePair[] {
  const wa = wordHashes(a);
  const wb = wordHashes(b);
  return toPassagePairs(wa, wb, alignWords(wa, wb, options).passages);
}

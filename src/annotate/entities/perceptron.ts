/**
 * Structured averaged perceptron (Collins 2002) over hashed features, first-order
 * Viterbi decoding with BIO-valid transitions only: linear time, fast to train and run.
 */

import { type ClusterTable, EMPTY_CLUSTERS } from "./clusters.js";
import {
  contextFeatures,
  EMPTY_MEMORY,
  type EntityMemory,
  MAX_FEATURES as MAX_FEATURES_IMPORTED,
  N_TAG_FEATURES as N_TAG_FEATURES_IMPORTED,
  N_TAGS as N_TAGS_IMPORTED,
  type NeighbourHashes,
  neighbourFeatures,
  neighbourHashes,
  ownFeatures,
  prepare,
  type SentenceContext,
  staticFeatures,
  TAGS,
  type TokenFacts,
  tagFeatures,
  tokenFacts,
  wordFeatures,
} from "./features.js";

// Local copies: hot loops read them millions of times, and some loaders (tsx/esbuild)
// turn imported bindings into getter calls.
const TAG_COUNT: number = N_TAGS_IMPORTED;
const TAG_FEATURE_COUNT: number = N_TAG_FEATURES_IMPORTED;
const FEATURE_CAPACITY: number = MAX_FEATURES_IMPORTED;

/** allowed[prev * TAG_COUNT + cur]: I-X may only follow B-X or I-X. */
const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let p = 0; p <= TAG_COUNT; p++) {
    const prev = p < TAG_COUNT ? (TAGS[p] as string) : "O";
    for (let c = 0; c < TAG_COUNT; c++) {
      const cur = TAGS[c] as string;
      a[p * TAG_COUNT + c] = cur.startsWith("I-") && prev.slice(2) !== cur.slice(2) ? 0 : 1;
    }
  }
  return a;
})();

// addPackedRows spells out the nine tag columns.
if (TAG_COUNT !== 9) throw new Error(`addPackedRows is written for 9 tags, the tag set has ${TAG_COUNT}`);

/** Index used for "no previous tag" (sentence start). */
const START = TAG_COUNT;

/** A trained tagger's weights: `weights[feature * TAG_COUNT + tag]`. */
export class PerceptronModel {
  readonly bits: number;
  readonly mask: number;
  readonly weights: Float32Array;
  /** Training-data names the features consult. */
  memory: EntityMemory;
  /** Word clusters the features consult (the table the model was trained with). */
  clusters: ClusterTable;
  /** `weights` without its all-zero rows, built on the first prediction (see `PackedRows`). */
  private packed: PackedRows | null = null;
  /** Words seen by `predictIndices`, for the memory and clusters it was filled with. */
  private words: WordCache | null = null;

  constructor(
    bits: number,
    weights?: Float32Array,
    memory: EntityMemory = EMPTY_MEMORY,
    clusters: ClusterTable = EMPTY_CLUSTERS,
  ) {
    this.memory = memory;
    this.clusters = clusters;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.weights = weights ?? new Float32Array((1 << bits) * TAG_COUNT);
    if (this.weights.length !== (1 << bits) * TAG_COUNT) throw new RangeError("weights do not match the table size");
  }

  /**
   * Tags of folded tokens, as indices into `TAGS` (Viterbi; linear in the number of tokens).
   * `weights` must not change after the first call (the packed copy is kept).
   */
  predictIndices(tokens: readonly string[]): Uint8Array {
    const { c, stat } = this.staticScores(tokens);
    return viterbi(this.weights, this.mask, c, stat);
  }

  /**
   * The tag-independent part of each token's scores (`stat[i * N_TAGS + tag]`), bit for
   * bit the sums of the weight rows of `staticFeatures` in their order; with the sentence
   * context Viterbi reads.
   */
  staticScores(tokens: readonly string[]): { c: SentenceContext; stat: Float64Array } {
    if (this.packed === null) this.packed = packRows(this.weights);
    const packed = this.packed;
    let cache = this.words;
    if (cache === null || cache.memory !== this.memory || cache.clusters !== this.clusters) {
      cache = new WordCache(this.memory, this.clusters);
      this.words = cache;
    }
    const n = tokens.length;
    const feats = new Int32Array(FEATURE_CAPACITY);
    const stat = new Float64Array(n * TAG_COUNT);
    // Each token's scores start as its word's own-feature sums, copied now: a later miss may
    // empty the cache and reuse the slot.
    const facts = new Array<CachedWord>(n);
    const nh = new Array<NeighbourHashes>(n);
    for (let i = 0; i < n; i++) {
      const word = cache.get(tokens[i] as string, packed, this.mask);
      facts[i] = word;
      nh[i] = word.nh;
      const from = word.slot * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) stat[i * TAG_COUNT + t] = cache.sums[from + t] as number;
    }
    const c = prepare(tokens, this.memory, this.clusters, (_t, i) => facts[i] as CachedWord);
    for (let i = 0; i < n; i++) {
      const k = packed.exact
        ? neighbourFeatures(c, i, (facts[i] as CachedWord).gaz, nh, this.mask, feats, 0)
        : contextFeatures(c, i, this.mask, feats, 0);
      addPackedRows(packed, feats, k, stat, i * TAG_COUNT);
    }
    return { c, stat };
  }
}

/**
 * Distinct words a model keeps (`WordCache`) before it starts afresh; a miss costs only
 * recomputing. 2^17 held 94% of the tokens of 6,500 articles from the cache; the price is
 * memory, about 0.7 KiB a word on the heap (+86 MiB after 117,000 words), and the full
 * annotate bench peaked at 800 MiB RSS instead of 369. A smaller cache trades that back.
 */
const WORD_CACHE_SIZE = 1 << 17;

/** A word's facts and neighbour hashes, and where its own-feature sums are in `WordCache.sums`. */
interface CachedWord extends TokenFacts {
  nh: NeighbourHashes;
  slot: number;
}

/**
 * What `predictIndices` computes per word rather than per token: its `TokenFacts`, and the
 * sums of the weight rows of the features of the word alone. When the model's sums are
 * exact (`PackedRows.exact`) these are all of them (`ownFeatures` and `wordFeatures`), and
 * their order does not matter. Otherwise they are `ownFeatures` only: the first rows added
 * to a token's scores, added here in the same order from the same +0 start. Either way a
 * token's scores come out bit for bit as when every row is added in place.
 */
class WordCache {
  readonly memory: EntityMemory;
  readonly clusters: ClusterTable;
  private readonly byWord = new Map<string, CachedWord>();
  /** `TAG_COUNT` sums per slot. */
  readonly sums = new Float64Array(WORD_CACHE_SIZE * TAG_COUNT);
  private readonly feats = new Int32Array(FEATURE_CAPACITY);

  constructor(memory: EntityMemory, clusters: ClusterTable) {
    this.memory = memory;
    this.clusters = clusters;
  }

  get(token: string, packed: PackedRows, mask: number): CachedWord {
    const hit = this.byWord.get(token);
    if (hit !== undefined) return hit;
    if (this.byWord.size >= WORD_CACHE_SIZE) this.byWord.clear();
    // The token is a slice of its article's folded text: kept as the key (and the source of the facts'
    // strings), it would keep that whole text alive for as long as the word stays cached.
    const t = flatCopy(token);
    const slot = this.byWord.size;
    const facts = tokenFacts(t, this.memory, this.clusters);
    const word: CachedWord = { ...facts, nh: neighbourHashes(t, facts.s), slot };
    let k = ownFeatures(t, word.s, word.st, word.shape, mask, this.feats, 0);
    if (packed.exact) k = wordFeatures(word.s, word.gaz, word.mem, word.cl, this.clusters.levels, mask, this.feats, k);
    this.sums.fill(0, slot * TAG_COUNT, (slot + 1) * TAG_COUNT);
    addPackedRows(packed, this.feats, k, this.sums, slot * TAG_COUNT);
    this.byWord.set(t, word);
    return word;
  }
}

/** A copy of `s` that shares no storage with the string it was sliced from. */
function flatCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * The non-zero rows of a weight table, for prediction. The committed model has 15% of its
 * 2^20 rows non-zero, and most hashed features of a text (unseen words, bigrams) land on
 * zero rows: reading the full 38 MB table cost a cache miss per feature and half of all
 * annotation time. Here a bit per row (128 KiB) says whether the row is stored, a running
 * count per 32 rows finds where, and the stored rows take 6 MiB.
 */
interface PackedRows {
  /** Bit `r & 31` of `present[r >>> 5]`: row r has a value other than +0. */
  present: Uint32Array;
  /** Stored rows before `present[j]`'s first row. */
  before: Uint32Array;
  /** The stored rows, `TAG_COUNT` values each, in row order. */
  rows: Float32Array;
  /**
   * True when any sum of the weights of one token's features is exact in float64, so that
   * they may be added in any order. The committed model's weights are int16 multiples of
   * one scale rounded to float32 (model-file.ts): about 40 significant bits in all, far
   * from the 53 of a double. A model straight from training may not be so.
   */
  exact: boolean;
}

function packRows(w: Float32Array): PackedRows {
  const nRows = w.length / TAG_COUNT;
  const words = Math.ceil(nRows / 32);
  const present = new Uint32Array(words);
  let stored = 0;
  for (let r = 0; r < nRows; r++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      // Object.is: a -0 is kept, so that skipping a row is the same as adding +0 to the sum
      // (x + +0 = x for every x the sums can hold; they start at +0 and never become -0).
      if (!Object.is(w[r * TAG_COUNT + t], 0)) {
        present[r >>> 5] = ((present[r >>> 5] as number) | (1 << (r & 31))) >>> 0;
        stored++;
        break;
      }
    }
  }
  const before = new Uint32Array(words);
  const rows = new Float32Array(stored * TAG_COUNT);
  let k = 0;
  for (let j = 0; j < words; j++) {
    before[j] = k;
    const bits = present[j] as number;
    for (let b = 0; b < 32; b++) {
      if ((bits & (1 << b)) === 0) continue;
      const r = j * 32 + b;
      rows.set(w.subarray(r * TAG_COUNT, (r + 1) * TAG_COUNT), k * TAG_COUNT);
      k++;
    }
  }
  return { present, before, rows, exact: sumsAreExact(rows) };
}

/**
 * True when every sum of at most `FEATURE_CAPACITY` of these float32 values is exact in
 * float64: all are integer multiples of 2^g (g: the lowest set bit among them), so every
 * partial sum is too, and a double holds each multiple of 2^g up to 2^(53+g) exactly.
 *
 * @example
 * sumsAreExact(new Float32Array([0.5, 1.25, 40])); // true
 * sumsAreExact(new Float32Array([1e-30, 1])); // false
 */
export function sumsAreExact(values: Float32Array): boolean {
  const bits = new Uint32Array(values.buffer, values.byteOffset, values.length);
  let low = Number.POSITIVE_INFINITY;
  let max = 0;
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i] as number;
    if ((b & 0x7fffffff) === 0) continue;
    const exp = (b >>> 23) & 0xff;
    if (exp === 0xff) return false; // infinity or NaN
    // value = significand × 2^e (subnormals have no implicit leading bit).
    const significand = exp === 0 ? b & 0x7fffff : (b & 0x7fffff) | 0x800000;
    const e = exp === 0 ? -149 : exp - 150;
    const lowest = e + 31 - Math.clz32(significand & -significand);
    if (lowest < low) low = lowest;
    const abs = Math.abs(values[i] as number);
    if (abs > max) max = abs;
  }
  return max === 0 || FEATURE_CAPACITY * max < 2 ** (53 + low);
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * `addRows` over packed rows: the same additions in the same order, without the ones of
 * all-zero rows (which leave every sum as it is), so the scores are bit for bit the same.
 * The nine sums are locals rather than `out[at + t]`: chains of stores and loads through
 * memory kept the processor from overlapping the cache misses of successive rows (2× in
 * a benchmark of the row sums alone).
 */
function addPackedRows(p: PackedRows, f: Int32Array, k: number, out: Float64Array, at: number): void {
  const { present, before, rows } = p;
  let s0 = out[at] as number;
  let s1 = out[at + 1] as number;
  let s2 = out[at + 2] as number;
  let s3 = out[at + 3] as number;
  let s4 = out[at + 4] as number;
  let s5 = out[at + 5] as number;
  let s6 = out[at + 6] as number;
  let s7 = out[at + 7] as number;
  let s8 = out[at + 8] as number;
  for (let j = 0; j < k; j++) {
    const r = f[j] as number;
    const word = present[r >>> 5] as number;
    const bit = 1 << (r & 31);
    if ((word & bit) === 0) continue;
    const b = ((before[r >>> 5] as number) + popcount(word & (bit - 1))) * TAG_COUNT;
    s0 += rows[b] as number;
    s1 += rows[b + 1] as number;
    s2 += rows[b + 2] as number;
    s3 += rows[b + 3] as number;
    s4 += rows[b + 4] as number;
    s5 += rows[b + 5] as number;
    s6 += rows[b + 6] as number;
    s7 += rows[b + 7] as number;
    s8 += rows[b + 8] as number;
  }
  out[at] = s0;
  out[at + 1] = s1;
  out[at + 2] = s2;
  out[at + 3] = s3;
  out[at + 4] = s4;
  out[at + 5] = s5;
  out[at + 6] = s6;
  out[at + 7] = s7;
  out[at + 8] = s8;
}

/** Adds the weight rows of features `f[0..k)` into `out[at..at+TAG_COUNT)`. */
function addRows(w: Float32Array, f: Int32Array, k: number, out: Float64Array, at: number): void {
  for (let j = 0; j < k; j++) {
    const base = (f[j] as number) * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) out[at + t] = (out[at + t] as number) + (w[base + t] as number);
  }
}

/**
 * Exact first-order Viterbi: `stat` holds each token's tag-independent scores; the
 * previous-tag features are scored here for each of the 10 possible previous tags.
 */
function viterbi(w: Float32Array, mask: number, c: SentenceContext, stat: Float64Array): Uint8Array {
  const n = c.w.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  // Transition scores trans[prev * TAG_COUNT + tag]: the tag features depend on the previous tag only.
  const trans = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  const tf = new Int32Array(TAG_FEATURE_COUNT);
  for (let p = 0; p <= TAG_COUNT; p++) {
    const k = tagFeatures(c, 0, p, mask, tf, 0);
    addRows(w, tf, k, trans, p * TAG_COUNT);
    for (let t = 0; t < TAG_COUNT; t++)
      if (ALLOWED[p * TAG_COUNT + t] === 0) trans[p * TAG_COUNT + t] = Number.NEGATIVE_INFINITY;
  }
  const back = new Uint8Array(n * TAG_COUNT);
  let delta = new Float64Array(TAG_COUNT);
  let next = new Float64Array(TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) delta[t] = (trans[START * TAG_COUNT + t] as number) + (stat[t] as number);
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < TAG_COUNT; p++) {
        const v = (delta[p] as number) + (trans[p * TAG_COUNT + t] as number);
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      next[t] = best + (stat[i * TAG_COUNT + t] as number);
      back[i * TAG_COUNT + t] = arg;
    }
    const tmp = delta;
    delta = next;
    next = tmp;
  }
  let best = 0;
  for (let t = 1; t < TAG_COUNT; t++) if ((delta[t] as number) > (delta[best] as number)) best = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = best;
    best = back[i * TAG_COUNT + best] as number;
  }
  return out;
}

/** A sentence prepared once for training: static feature indices per token. */
interface Prepared {
  ctx: SentenceContext;
  gold: Uint8Array;
  feats: Int32Array;
  offsets: Int32Array;
}

/** Training options (fixed defaults keep `npm run train` reproducible). */
export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Called after each epoch with the epoch number and the training-set token accuracy. */
  onEpoch?: (epoch: number, accuracy: number, snapshot: () => PerceptronModel) => void;
  /** The memory each training sentence's features see (default: none). */
  memoryFor?: (sentenceIndex: number) => EntityMemory;
  /** The memory stored with the trained model for run time. */
  memory?: EntityMemory;
  /** Word clusters the features consult (default: none). */
  clusters?: ClusterTable;
}

/** Deterministic PRNG (mulberry32) for the epoch shuffles (and the cluster build's k-means seeds). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains a structured averaged perceptron (Collins 2002) on folded sentences with tag
 * indices: Viterbi-decode each sentence, then move the weights from the predicted
 * sequence's features towards the gold sequence's.
 */
export function trainPerceptron(
  sentences: readonly { tokens: string[]; tags: number[] }[],
  opts: TrainOptions,
): PerceptronModel {
  const size = (1 << opts.bits) * TAG_COUNT;
  const mask = (1 << opts.bits) - 1;
  const w = new Float32Array(size);
  const totals = new Float64Array(size);
  const stamps = new Int32Array(size);
  let clock = 1;
  const tmp = new Int32Array(FEATURE_CAPACITY);
  const prepared: Prepared[] = sentences.map((s, si) => {
    const ctx = prepare(s.tokens, opts.memoryFor?.(si) ?? EMPTY_MEMORY, opts.clusters ?? EMPTY_CLUSTERS);
    const n = s.tokens.length;
    const offsets = new Int32Array(n + 1);
    const all: number[] = [];
    for (let i = 0; i < n; i++) {
      const k = staticFeatures(ctx, i, mask, tmp, 0);
      for (let j = 0; j < k; j++) all.push(tmp[j] as number);
      offsets[i + 1] = all.length;
    }
    return { ctx, gold: Uint8Array.from(s.tags), feats: Int32Array.from(all), offsets };
  });
  const update = (idx: number, delta: number) => {
    totals[idx] = (totals[idx] as number) + (clock - (stamps[idx] as number)) * (w[idx] as number);
    stamps[idx] = clock;
    w[idx] = (w[idx] as number) + delta;
  };
  const rand = mulberry32(opts.seed);
  const order = prepared.map((_, i) => i);
  const tf = new Int32Array(TAG_FEATURE_COUNT);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    let correct = 0;
    let total = 0;
    for (const si of order) {
      const p = prepared[si] as Prepared;
      const n = p.gold.length;
      const stat = new Float64Array(n * TAG_COUNT);
      for (let i = 0; i < n; i++) {
        const a = p.offsets[i] as number;
        const b = p.offsets[i + 1] as number;
        for (let j = a; j < b; j++) {
          const base = (p.feats[j] as number) * TAG_COUNT;
          for (let t = 0; t < TAG_COUNT; t++)
            stat[i * TAG_COUNT + t] = (stat[i * TAG_COUNT + t] as number) + (w[base + t] as number);
        }
      }
      const guess = viterbi(w, mask, p.ctx, stat);
      for (let i = 0; i < n; i++) {
        const g = p.gold[i] as number;
        const q = guess[i] as number;
        const gp = i === 0 ? START : (p.gold[i - 1] as number);
        const qp = i === 0 ? START : (guess[i - 1] as number);
        total++;
        if (g === q) correct++;
        if (g !== q) {
          for (let j = p.offsets[i] as number; j < (p.offsets[i + 1] as number); j++) {
            const base = (p.feats[j] as number) * TAG_COUNT;
            update(base + g, 1);
            update(base + q, -1);
          }
        }
        if (g !== q || gp !== qp) {
          let k = tagFeatures(p.ctx, i, gp, mask, tf, 0);
          for (let j = 0; j < k; j++) update((tf[j] as number) * TAG_COUNT + g, 1);
          k = tagFeatures(p.ctx, i, qp, mask, tf, 0);
          for (let j = 0; j < k; j++) update((tf[j] as number) * TAG_COUNT + q, -1);
        }
      }
      clock++;
    }
    opts.onEpoch?.(epoch, correct / Math.max(1, total), () => {
      const avg = new Float32Array(size);
      for (let idx = 0; idx < size; idx++) {
        avg[idx] = ((totals[idx] as number) + (clock - (stamps[idx] as number)) * (w[idx] as number)) / clock;
      }
      return new PerceptronModel(opts.bits, avg, opts.memory ?? EMPTY_MEMORY, opts.clusters ?? EMPTY_CLUSTERS);
    });
  }
  // Average: each weight's value summed over every step, divided by the steps.
  for (let idx = 0; idx < size; idx++) {
    const total = (totals[idx] as number) + (clock - (stamps[idx] as number)) * (w[idx] as number);
    w[idx] = total / clock;
  }
  return new PerceptronModel(opts.bits, w, opts.memory ?? EMPTY_MEMORY, opts.clusters ?? EMPTY_CLUSTERS);
}

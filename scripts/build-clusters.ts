/**
 * Builds models/clusters.tsv.gz: distributional word clusters for the entity tagger's features
 * (src/annotate/entities/clusters.ts), learned from unlabeled news (ANT multi-source + ANT
 * Jawhara FM, Apache-2.0). Words are the tagger's gazetteer keys (folded, clitics and article
 * stripped: `gazKey`). Each word of the vocabulary is described by the words seen one and two
 * places to its left and right (position-specific contexts, so syntax counts as well as topic),
 * weighted by positive PMI with smoothed context counts (Levy, Goldberg & Dagan 2015), reduced to
 * `DIM` dimensions by a randomized SVD (Halko, Martinsson & Tropp 2011), and clustered by
 * spherical k-means into `LEVELS[0]` fine clusters; the fine centroids are clustered again into
 * the coarser levels, so the levels nest like the prefixes of Brown clusters.
 * Deterministic: fixed corpus order, fixed seeds, same bytes on every run.
 *
 *   npm run build:clusters
 *   npx tsx scripts/build-clusters.ts --out /tmp/clusters.tsv.gz
 */

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadAntMultisource, loadJawhara } from "../bench/cluster.js";
import {
  CLUSTER_FILE_NAME,
  type ClusterHeader,
  clusterToken,
  encodeClusters,
} from "../src/annotate/entities/clusters.js";
import { mulberry32 } from "../src/annotate/entities/perceptron.js";
import { foldText } from "../src/arabic/fold.js";
import { type Csr, rsvd } from "./svd.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Vocabulary: the most frequent keys seen at least `MIN_COUNT` times, at most `MAX_VOCAB`.
 * Rarer words get no cluster (the tagger's other features cover them).
 */
export const MAX_VOCAB = Number(process.env.MARSAD_CLUSTER_VOCAB ?? 80000);
export const MIN_COUNT = 5;
/** Context words: the most frequent keys, each at four positions (−2, −1, +1, +2). */
export const CONTEXTS = Number(process.env.MARSAD_CLUSTER_CONTEXTS ?? 3000);
/** Dimensions kept from the SVD. */
export const DIM = Number(process.env.MARSAD_CLUSTER_DIM ?? 100);
/** Cluster counts, finest first; each coarser level clusters the centroids of the finer one. */
export const LEVELS = (process.env.MARSAD_CLUSTER_LEVELS ?? "512,128,32").split(",").map(Number);
/** Lloyd iterations of k-means at the finest level (the assignment changes little after). */
export const KMEANS_ITERATIONS = Number(process.env.MARSAD_CLUSTER_ITER ?? 12);
/** Context-distribution smoothing exponent (Levy et al. 2015). */
const ALPHA = 0.75;
const SEED = 20260424;

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.,:/]\p{N}+)*|[^\s\p{L}\p{M}\p{N}_]/gu;

function log(msg: string, t0: number): void {
  process.stdout.write(`  ${((performance.now() - t0) / 1000).toFixed(1)} s  ${msg}\n`);
}

/** The corpus as one stream of keys; "" marks a break (title/body, article ends). */
function corpusKeys(): string[] {
  const out: string[] = [""];
  for (const a of [...loadAntMultisource(), ...loadJawhara()]) {
    for (const part of [a.title, a.text]) {
      for (const line of foldText(part).split("\n")) {
        TOKEN.lastIndex = 0;
        for (let m = TOKEN.exec(line); m !== null; m = TOKEN.exec(line)) out.push(clusterToken(m[0]));
        out.push("");
      }
    }
  }
  return out;
}

/** Sparse rows (CSR) of PPMI weights: targets × (4 × CONTEXTS). */
function ppmiMatrix(ids: Int32Array, ctx: Int32Array, nTargets: number, nCtx: number): Csr {
  const cols = 4 * nCtx + 4; // + a "break" context at each position
  const brk = 4 * nCtx;
  const n = ids.length;
  // Positions of each target (CSR over the stream), so each row is counted in one go.
  const count = new Int32Array(nTargets + 1);
  for (let i = 0; i < n; i++) {
    const t = ids[i] as number;
    if (t >= 0) count[t + 1] = (count[t + 1] as number) + 1;
  }
  for (let t = 0; t < nTargets; t++) count[t + 1] = (count[t + 1] as number) + (count[t] as number);
  const pos = new Int32Array(count[nTargets] as number);
  const fill = count.slice(0, nTargets);
  for (let i = 0; i < n; i++) {
    const t = ids[i] as number;
    if (t < 0) continue;
    pos[fill[t] as number] = i;
    fill[t] = (fill[t] as number) + 1;
  }
  const scratch = new Float64Array(cols);
  const touched = new Int32Array(cols);
  const rowsIdx: Int32Array[] = [];
  const rowsVal: Float32Array[] = [];
  const colSum = new Float64Array(cols);
  const offsets = [-2, -1, 1, 2];
  for (let t = 0; t < nTargets; t++) {
    let nt = 0;
    for (let p = count[t] as number; p < (count[t + 1] as number); p++) {
      const i = pos[p] as number;
      for (let o = 0; o < 4; o++) {
        const j = i + (offsets[o] as number);
        const c = j >= 0 && j < n ? (ctx[j] as number) : -2;
        const col = c >= 0 ? o * nCtx + c : c === -2 ? brk + o : -1;
        if (col < 0) continue;
        if (scratch[col] === 0) touched[nt++] = col;
        scratch[col] = (scratch[col] as number) + 1;
      }
    }
    const cs = touched.subarray(0, nt).slice().sort();
    const vi = new Int32Array(nt);
    const vv = new Float32Array(nt);
    for (let q = 0; q < nt; q++) {
      const col = cs[q] as number;
      vi[q] = col;
      vv[q] = scratch[col] as number;
      colSum[col] = (colSum[col] as number) + (scratch[col] as number);
      scratch[col] = 0;
    }
    rowsIdx.push(vi);
    rowsVal.push(vv);
  }
  // PPMI with smoothed context probabilities.
  let total = 0;
  let totalAlpha = 0;
  for (let c = 0; c < cols; c++) {
    total += colSum[c] as number;
    totalAlpha += (colSum[c] as number) ** ALPHA;
  }
  const pc = Float64Array.from(colSum, (x) => x ** ALPHA / totalAlpha);
  const ptr = new Int32Array(nTargets + 1);
  const idx: number[] = [];
  const val: number[] = [];
  for (let t = 0; t < nTargets; t++) {
    const vi = rowsIdx[t] as Int32Array;
    const vv = rowsVal[t] as Float32Array;
    let rowSum = 0;
    for (let q = 0; q < vv.length; q++) rowSum += vv[q] as number;
    for (let q = 0; q < vi.length; q++) {
      const pmi = Math.log((vv[q] as number) / total / ((rowSum / total) * (pc[vi[q] as number] as number)));
      if (pmi > 0) {
        idx.push(vi[q] as number);
        val.push(pmi);
      }
    }
    ptr[t + 1] = idx.length;
  }
  return { rows: nTargets, cols, ptr, idx: Int32Array.from(idx), val: Float32Array.from(val) };
}

/** Word vectors: U_d Σ_d^½ of a randomized SVD of `a`, rows normalised to unit length. */
function svdVectors(a: Csr, dim: number, seed: number): Float64Array {
  // Two power iterations sharpen the spectrum (PPMI matrices decay slowly).
  const { u, lambda } = rsvd(a, dim, seed, 2);
  // Vectors U Σ^½ = Q V_B λ^¼, unit length.
  const out = new Float64Array(a.rows * dim);
  for (let r = 0; r < a.rows; r++) {
    for (let d = 0; d < dim; d++) out[r * dim + d] = (u[r * dim + d] as number) * (lambda[d] as number) ** 0.25;
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += (out[r * dim + d] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) out[r * dim + d] = (out[r * dim + d] as number) / norm;
  }
  return out;
}

/**
 * Spherical k-means (cosine) of `n` unit vectors with weights; k-means++ seeding from a fixed
 * seed. Returns the assignment and the unit centroids.
 */
function kmeans(
  x: Float64Array,
  n: number,
  dim: number,
  k: number,
  weight: Float64Array,
  iterations: number,
  seed: number,
): { assign: Int32Array; centroids: Float64Array } {
  const rand = mulberry32(seed);
  const cent = new Float64Array(k * dim);
  // k-means++ on 1 − cos, over the heaviest points (the rarest words make poor seeds).
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  let first = 0;
  for (let i = 1; i < n; i++) if ((weight[i] as number) > (weight[first] as number)) first = i;
  const setCentroid = (c: number, i: number) => {
    for (let d = 0; d < dim; d++) cent[c * dim + d] = x[i * dim + d] as number;
    for (let p = 0; p < n; p++) {
      let dot = 0;
      for (let d = 0; d < dim; d++) dot += (x[p * dim + d] as number) * (x[i * dim + d] as number);
      const dd = Math.max(0, 1 - dot);
      if (dd < (dist[p] as number)) dist[p] = dd;
    }
  };
  setCentroid(0, first);
  for (let c = 1; c < k; c++) {
    let sum = 0;
    for (let p = 0; p < n; p++) sum += (dist[p] as number) * Math.sqrt(weight[p] as number);
    let r = rand() * sum;
    let pick = n - 1;
    for (let p = 0; p < n; p++) {
      r -= (dist[p] as number) * Math.sqrt(weight[p] as number);
      if (r <= 0) {
        pick = p;
        break;
      }
    }
    setCentroid(c, pick);
  }
  const assign = new Int32Array(n).fill(-1);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let p = 0; p < n; p++) {
      let best = -2;
      let arg = 0;
      const po = p * dim;
      for (let c = 0; c < k; c++) {
        const co = c * dim;
        let dot = 0;
        for (let d = 0; d < dim; d++) dot += (x[po + d] as number) * (cent[co + d] as number);
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      if (assign[p] !== arg) moved++;
      assign[p] = arg;
    }
    cent.fill(0);
    for (let p = 0; p < n; p++) {
      const co = (assign[p] as number) * dim;
      const w = weight[p] as number;
      for (let d = 0; d < dim; d++) cent[co + d] = (cent[co + d] as number) + w * (x[p * dim + d] as number);
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += (cent[c * dim + d] as number) ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) continue; // empty cluster: keeps a zero centroid, attracts nothing
      for (let d = 0; d < dim; d++) cent[c * dim + d] = (cent[c * dim + d] as number) / norm;
    }
    if (moved === 0) break;
  }
  return { assign, centroids: cent };
}

export function buildClusters(): { bytes: Uint8Array; header: ClusterHeader } {
  const t0 = performance.now();
  const stream = corpusKeys();
  log(`${stream.length} tokens read`, t0);
  const freq = new Map<string, number>();
  for (const w of stream) if (w) freq.set(w, (freq.get(w) ?? 0) + 1);
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const targets = byFreq.filter(([w, c]) => c >= MIN_COUNT && /\p{L}/u.test(w)).slice(0, MAX_VOCAB);
  const tIndex = new Map(targets.map(([w], i) => [w, i]));
  const cIndex = new Map(byFreq.slice(0, CONTEXTS).map(([w], i) => [w, i]));
  const ids = new Int32Array(stream.length);
  const ctx = new Int32Array(stream.length);
  for (let i = 0; i < stream.length; i++) {
    const w = stream[i] as string;
    ids[i] = tIndex.get(w) ?? -1;
    ctx[i] = w === "" ? -2 : (cIndex.get(w) ?? -1);
  }
  log(`${freq.size} distinct keys; ${targets.length} targets (count ≥ ${MIN_COUNT}), ${cIndex.size} contexts`, t0);
  const a = ppmiMatrix(ids, ctx, targets.length, cIndex.size);
  log(`PPMI matrix: ${a.idx.length} non-zeros`, t0);
  const vec = svdVectors(a, DIM, SEED);
  log(`SVD: ${DIM} dimensions`, t0);
  const weight = Float64Array.from(targets, ([, c]) => Math.log(1 + c));
  const levels: Int32Array[] = [];
  let fine = kmeans(vec, targets.length, DIM, LEVELS[0] as number, weight, KMEANS_ITERATIONS, SEED + 1);
  levels.push(fine.assign);
  log(`k-means: ${LEVELS[0]} clusters`, t0);
  for (let l = 1; l < LEVELS.length; l++) {
    const k0 = LEVELS[l - 1] as number;
    const cw = new Float64Array(k0);
    const prev = levels[l - 1] as Int32Array;
    for (let p = 0; p < prev.length; p++)
      cw[prev[p] as number] = (cw[prev[p] as number] as number) + (weight[p] as number);
    const up = kmeans(fine.centroids, k0, DIM, LEVELS[l] as number, cw, 50, SEED + 1 + l);
    levels.push(Int32Array.from(prev, (c) => up.assign[c] as number));
    fine = up;
  }
  const table = new Map<string, number[]>();
  targets.forEach(([w], i) => {
    table.set(
      w,
      levels.map((l) => l[i] as number),
    );
  });
  const header: ClusterHeader = {
    format: "marsad-clusters",
    version: 1,
    words: table.size,
    levels: LEVELS,
    method: `PPMI(±1,±2 × ${cIndex.size} contexts, α ${ALPHA}) → randomized SVD ${DIM} → spherical k-means ${LEVELS.join("/")}`,
    sources: [
      "ANT multi-source v2.1 (github.com/antcorpus/antcorpus.multisource.data @ f117ce44), Apache-2.0 with citation",
      "ANT Jawhara FM v1.1 (github.com/antcorpus/antcorpus.data @ 06f6a10e), Apache-2.0 with citation",
    ],
  };
  log("done", t0);
  return { bytes: encodeClusters(header, table), header };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: "string", default: path.join(repoRoot, "models", CLUSTER_FILE_NAME) } },
  });
  const { bytes, header } = buildClusters();
  mkdirSync(path.dirname(values.out), { recursive: true });
  writeFileSync(values.out, bytes);
  process.stdout.write(
    `${values.out}: ${header.words} words, levels ${header.levels.join("/")}, ${(bytes.length / 1024).toFixed(0)} KB\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

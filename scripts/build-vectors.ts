/**
 * Builds models/vectors.tsv.gz: word vectors for the pair score's `semantic` feature
 * (src/link/vectors.ts), by latent semantic analysis of unlabeled news (ANT multi-source + ANT
 * Jawhara FM, Apache-2.0). Words are the pair score's stems (`contentStems`). The stem × article
 * matrix holds (1 + ln tf) · ln(N / df), each article's column scaled to unit length; a randomized
 * SVD keeps `DIM` dimensions, and a stem's vector is its row of U (not scaled by σ: that scored
 * best on SemEval-2022 Arabic, see SEMANTIC_SHARE in similarity.ts). Only the `KEEP` most widespread stems are
 * written, quantized to int8 per dimension.
 * Deterministic: fixed corpus order, fixed seed, same bytes on every run.
 *
 *   npm run build:vectors
 *   npx tsx scripts/build-vectors.ts --out /tmp/vectors.tsv.gz
 */

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadAntMultisource, loadJawhara } from "../bench/cluster.js";
import { contentStems } from "../src/link/similarity.js";
import { encodeVectors, VECTORS_FILE_NAME } from "../src/link/vectors.js";
import { type Csr, rsvd } from "./svd.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Stems in fewer articles than this are left out of the matrix (too rare to place). */
export const MIN_DF = 5;
/**
 * Dimensions kept. On SemEval-2022 Arabic (semantic cosine alone / blended, eval/link.ts): 100 → 0.54,
 * 200 → 0.57, 300 → 0.59.
 */
export const DIM = 300;
/**
 * Stems written, the most widespread first: 20,000 of the 35,765 cost nothing on SemEval (0.590 → 0.589)
 * and keep the file under 4 MB.
 */
export const KEEP = 20000;
/** Power iterations of the randomized SVD. */
const POWER = 2;
const SEED = 20260424;

function log(msg: string, t0: number): void {
  process.stdout.write(`  ${((performance.now() - t0) / 1000).toFixed(1)} s  ${msg}\n`);
}

export function buildVectors(): { bytes: Uint8Array; words: number; docs: number } {
  const t0 = performance.now();
  const docs = [...loadAntMultisource(), ...loadJawhara()].map((a) => contentStems(`${a.title}\n${a.text}`));
  const n = docs.length;
  log(`${n} articles stemmed`, t0);
  const df = new Map<string, number>();
  for (const d of docs) for (const s of new Set(d)) df.set(s, (df.get(s) ?? 0) + 1);
  const vocab = [...df.entries()]
    .filter(([s, c]) => c >= MIN_DF && /\p{L}/u.test(s))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([s]) => s);
  const index = new Map(vocab.map((s, i) => [s, i]));
  // Rows = stems, columns = articles.
  const rowCols: number[][] = vocab.map(() => []);
  const rowVals: number[][] = vocab.map(() => []);
  docs.forEach((d, j) => {
    const tf = new Map<number, number>();
    for (const s of d) {
      const i = index.get(s);
      if (i !== undefined) tf.set(i, (tf.get(i) ?? 0) + 1);
    }
    const w = [...tf].map(([i, c]) => [i, (1 + Math.log(c)) * Math.log(n / (df.get(vocab[i] as string) as number))]);
    const norm = Math.sqrt(w.reduce((s, [, x]) => s + (x as number) ** 2, 0)) || 1;
    for (const [i, x] of w) {
      (rowCols[i as number] as number[]).push(j);
      (rowVals[i as number] as number[]).push((x as number) / norm);
    }
  });
  const ptr = new Int32Array(vocab.length + 1);
  for (let i = 0; i < vocab.length; i++) ptr[i + 1] = (ptr[i] as number) + (rowCols[i] as number[]).length;
  const idx = new Int32Array(ptr[vocab.length] as number);
  const val = new Float32Array(idx.length);
  for (let i = 0; i < vocab.length; i++) {
    idx.set(rowCols[i] as number[], ptr[i] as number);
    val.set(rowVals[i] as number[], ptr[i] as number);
  }
  const a: Csr = { rows: vocab.length, cols: n, ptr, idx, val };
  log(`matrix ${a.rows} stems × ${a.cols} articles, ${idx.length} non-zeros`, t0);
  const { u } = rsvd(a, DIM, SEED, POWER);
  log(`SVD: ${DIM} dimensions`, t0);
  const rows = new Map<string, { df: number; vector: Float64Array }>();
  for (let i = 0; i < Math.min(KEEP, vocab.length); i++) {
    const s = vocab[i] as string;
    rows.set(s, { df: df.get(s) as number, vector: u.subarray(i * DIM, (i + 1) * DIM) });
  }
  const bytes = encodeVectors(
    {
      format: "marsad-vectors",
      version: 1,
      dim: DIM,
      docs: n,
      method: `LSA: stems (df ≥ ${MIN_DF}) × articles, (1 + ln tf)·idf, unit columns → randomized SVD ${DIM} (U) → int8; the ${KEEP} most widespread stems`,
      sources: [
        "ANT multi-source v2.1 (github.com/antcorpus/antcorpus.multisource.data @ f117ce44), Apache-2.0 with citation",
        "ANT Jawhara FM v1.1 (github.com/antcorpus/antcorpus.data @ 06f6a10e), Apache-2.0 with citation",
      ],
    },
    rows,
  );
  log("done", t0);
  return { bytes, words: rows.size, docs: n };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: "string", default: path.join(repoRoot, "models", VECTORS_FILE_NAME) } },
  });
  const { bytes, words, docs } = buildVectors();
  mkdirSync(path.dirname(values.out), { recursive: true });
  writeFileSync(values.out, bytes);
  process.stdout.write(
    `${values.out}: ${words} stems × ${DIM} dimensions from ${docs} articles, ${(bytes.length / 1024).toFixed(0)} KB\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

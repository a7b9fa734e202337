/**
 * Word vectors for the graded pair score's `semantic` feature: latent semantic analysis (LSA) of
 * unlabeled news, so that two reports of one event that use different words (paraphrases,
 * back-translations, synonyms) still come out close. Words are the pair score's own stems
 * (`contentStems`: folded, light10-stemmed, stopwords out). A text's vector is the SIF-weighted sum
 * of its words' vectors (Arora, Liang & Ma 2017), with the collection's common direction (its first
 * principal component: what every news text shares) projected out.
 * The committed table is models/vectors.tsv.gz, rebuilt by `npm run build:vectors`
 * (scripts/build-vectors.ts).
 *
 * File format (the models/ table format, src/models/table-file.ts): a JSON header
 * `{"format":"marsad-vectors","version":1,"words":…,"dim":…,"docs":…,"scales":[…],…}`, then one
 * line per stem, sorted: `stem<TAB>df<TAB>base64 of dim int8`; dimension d of a vector is
 * `int8[d] × scales[d]` (per-dimension quantization), df is the number of corpus articles holding
 * the stem (for the SIF weight).
 */

import { encodeTable, findModelFile, openTable, readModelFile, scanTable } from "../models/table-file.js";

/** What the file's header line says. */
export interface VectorsHeader {
  format: "marsad-vectors";
  version: 1;
  words: number;
  dim: number;
  /** Articles the vectors (and the dfs) were counted over. */
  docs: number;
  /** Dequantization factor of each dimension. */
  scales: number[];
  method: string;
  sources: string[];
}

/** A loaded table. */
export interface WordVectors {
  readonly dim: number;
  readonly docs: number;
  /** Row of a stem in `data`, or undefined when the stem has no vector. */
  row(stem: string): number | undefined;
  /** Corpus document frequency of the stem at `row`. */
  df(row: number): number;
  /** Rows × dim, row-major, dequantized. */
  readonly data: Float32Array;
}

/** Where the committed table is looked for: models/ at the package root. */
export const VECTORS_FILE_NAME = "vectors.tsv.gz";

/**
 * SIF smoothing: a word's weight is a / (a + p(w)), p(w) its share of corpus articles. 1e-3 is the
 * value Arora et al. recommend; not tuned on SemEval.
 */
export const SIF_A = 1e-3;

/**
 * Fewest texts whose first principal component is taken as their common direction. The first
 * component of a handful of texts is the topic of one of them, not what they share: with four
 * texts (a paraphrase pair and two unrelated reports) projecting it out made an unrelated pair
 * 0.97 similar. SemEval-2022 Arabic has 202 texts.
 */
export const MIN_COMMON_TEXTS = 50;

/**
 * Serialises a table; each vector is quantized to int8 with the header's per-dimension scale.
 *
 * @example
 * encodeVectors({ format: "marsad-vectors", version: 1, dim: 2, docs: 10, method: "", sources: [] },
 *   new Map([["رئيس", { df: 4, vector: [0.1, -0.3] }]])); // gzip bytes
 */
export function encodeVectors(
  header: Omit<VectorsHeader, "words" | "scales">,
  rows: ReadonlyMap<string, { df: number; vector: ArrayLike<number> }>,
): Uint8Array {
  const scales = new Array<number>(header.dim).fill(0);
  for (const { vector } of rows.values())
    for (let d = 0; d < header.dim; d++) scales[d] = Math.max(scales[d] as number, Math.abs(vector[d] as number));
  for (let d = 0; d < header.dim; d++) scales[d] = (scales[d] as number) / 127 || 1;
  const lines = new Map<string, string>();
  for (const [stem, { df, vector }] of rows) {
    const q = new Int8Array(header.dim);
    for (let d = 0; d < header.dim; d++) q[d] = Math.round((vector[d] as number) / (scales[d] as number));
    lines.set(stem, `${df}\t${Buffer.from(q.buffer).toString("base64")}`);
  }
  return encodeTable({ ...header, words: rows.size, scales }, lines);
}

/**
 * Reads a table from its bytes; throws MarsadError ERR_MODEL (naming `where`) when it is not one.
 *
 * @example
 * const v = decodeVectors(readFileSync("models/vectors.tsv.gz"), "models/vectors.tsv.gz");
 * v.row("رئيس"); // 12
 */
export function decodeVectors(bytes: Uint8Array, where: string): WordVectors & { header: VectorsHeader } {
  const t = openTable<VectorsHeader>(bytes, where, {
    format: "marsad-vectors",
    version: 1,
    what: "a word-vector table",
    rebuild: "npm run build:vectors",
  });
  const { header, text } = t;
  const { dim, scales } = header;
  if (!(dim > 0) || !(header.docs > 0) || !Array.isArray(scales) || scales.length !== dim)
    t.bad(`unknown header ${JSON.stringify(header).slice(0, 80)}`);
  const data = new Float32Array(header.words * dim);
  const dfs = new Int32Array(header.words);
  const index = new Map<string, number>();
  scanTable(t, (stem, from, end) => {
    const r = index.size;
    if (r >= header.words) t.bad(`more than the ${header.words} words the header says`);
    const tab = text.indexOf("\t", from);
    const df = Number(text.slice(from, tab));
    const q = Buffer.from(text.slice(tab + 1, end), "base64");
    if (tab < 0 || tab > end || !(df > 0) || q.length !== dim) t.bad(`bad vector line at offset ${from}`);
    dfs[r] = df;
    for (let d = 0; d < dim; d++) data[r * dim + d] = (((q[d] as number) << 24) >> 24) * (scales[d] as number);
    index.set(stem, r);
  });
  if (index.size !== header.words) t.bad(`header says ${header.words} words, file holds ${index.size}`);
  return {
    header,
    dim,
    docs: header.docs,
    data,
    row: (stem) => index.get(stem),
    df: (row) => dfs[row] as number,
  };
}

let loaded: WordVectors | null | undefined;

/**
 * The committed table (models/vectors.tsv.gz), read once on first use; null when the package
 * ships without it. Throws ERR_MODEL when the file is there but unreadable.
 */
export function loadWordVectors(): WordVectors | null {
  if (loaded !== undefined) return loaded;
  const file = findModelFile(VECTORS_FILE_NAME);
  loaded = file ? decodeVectors(readModelFile(file, "the word-vector table", "npm run build:vectors"), file) : null;
  return loaded;
}

/**
 * A text's vector: the sum of its stems' vectors, each weighted by its count × SIF weight; zero
 * when no stem has a vector.
 *
 * @example textVector(contentStems(text), loadWordVectors()!); // Float64Array(300)
 */
export function textVector(stems: readonly string[], v: WordVectors): Float64Array {
  const out = new Float64Array(v.dim);
  for (const s of stems) {
    const r = v.row(s);
    if (r === undefined) continue;
    const w = SIF_A / (SIF_A + v.df(r) / v.docs);
    const o = r * v.dim;
    for (let d = 0; d < v.dim; d++) out[d] = (out[d] as number) + w * (v.data[o + d] as number);
  }
  return out;
}

/**
 * The common direction of a collection of texts: the first principal component (uncentred, as in
 * SIF) of their text vectors, by power iteration on their d × d Gram matrix; null when fewer than
 * MIN_COMMON_TEXTS texts have a vector. Removing it from both texts of a pair removes what all the collection's texts share
 * (on SemEval-2022 Arabic: the semantic cosine alone 0.48 → 0.59 Pearson).
 */
export function commonDirection(texts: Iterable<readonly string[]>, v: WordVectors): Float64Array | null {
  const k = v.dim;
  const g = new Float64Array(k * k);
  let count = 0;
  for (const stems of texts) {
    const x = textVector(stems, v);
    if (x.some((xi) => xi !== 0)) count++;
    for (let i = 0; i < k; i++) {
      const xi = x[i] as number;
      if (xi === 0) continue;
      for (let j = 0; j < k; j++) g[i * k + j] = (g[i * k + j] as number) + xi * (x[j] as number);
    }
  }
  if (count < MIN_COMMON_TEXTS) return null;
  let pc = new Float64Array(k).fill(1 / Math.sqrt(k));
  for (let it = 0; it < 100; it++) {
    const next = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      let s = 0;
      for (let j = 0; j < k; j++) s += (g[i * k + j] as number) * (pc[j] as number);
      next[i] = s;
    }
    const n = Math.hypot(...next);
    if (n === 0) return null;
    let delta = 0;
    for (let i = 0; i < k; i++) {
      const y = (next[i] as number) / n;
      delta += Math.abs(y - (pc[i] as number));
      next[i] = y;
    }
    pc = next;
    if (delta < 1e-10) break;
  }
  return pc;
}

/**
 * Cosine of two texts' vectors after projecting `common` (a unit vector) out of both; 0 when
 * either has no vector.
 */
export function semanticCosine(
  a: readonly string[],
  b: readonly string[],
  v: WordVectors,
  common: Float64Array | null,
): number {
  const x = textVector(a, v);
  const y = textVector(b, v);
  if (common) {
    for (const z of [x, y]) {
      let dot = 0;
      for (let d = 0; d < v.dim; d++) dot += (z[d] as number) * (common[d] as number);
      for (let d = 0; d < v.dim; d++) z[d] = (z[d] as number) - dot * (common[d] as number);
    }
  }
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (let d = 0; d < v.dim; d++) {
    dot += (x[d] as number) * (y[d] as number);
    nx += (x[d] as number) ** 2;
    ny += (y[d] as number) ** 2;
  }
  return nx === 0 || ny === 0 ? 0 : dot / Math.sqrt(nx * ny);
}
